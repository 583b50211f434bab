/// Why a workbook could not be opened, each with its message in Chinese and English.
public enum WorkbookFault: Error, Hashable, Sendable {
    /// Not a ZIP archive at all.
    case notZip
    /// Text — CSV saved under an `.xlsx` name — rather than a workbook.
    case textNotWorkbook
    /// An OLE2 container: an old `.xls` workbook or a password-protected `.xlsx`.
    case legacyOrEncrypted
    /// A part the workbook must have is missing (`xl/workbook.xml` …).
    case missingPart(String)
    /// The archive's directory is damaged: it points outside the file (a file cut short or
    /// altered).
    case damagedArchive
    /// A part's header or data lies outside the file or does not inflate to what its
    /// checksum says.
    case damagedPart(String)
    /// A part compressed in a way Excel, WPS and LibreOffice never use.
    case unsupportedCompression(String, method: Int)
    /// A part is encrypted inside the archive.
    case encryptedPart(String)
    /// A part is not well-formed XML, at a line and column of the part.
    case damagedXML(String, XMLFault, line: Int, column: Int)
    /// A cell names a shared string the workbook does not have.
    case sharedStringOutOfRange(String, index: String)
    /// The workbook would inflate to more than Guanxi reads from a file of its size: a
    /// part (of the sheet named, if it is one), or the parts together, or the text its
    /// cells expand to.
    case tooLarge(part: String, sheet: String?, limit: Int)
    /// Cells merged over more rows and columns than a sheet of its size can mean.
    case mergedCellsTooMany(sheet: String)

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .notZip:
            return zh ? "无法打开工作簿：这不是 .xlsx 文件（不是 ZIP 压缩包）" : "cannot open the workbook: this is not an .xlsx file (not a ZIP archive)"
        case .textNotWorkbook:
            return zh ? "这是文本文件（如 CSV），只是文件名以 .xlsx 结尾，不是工作簿：请把它改名为 .csv 后使用"
                : "this is a text file (CSV, say) under an .xlsx name, not a workbook: rename it to .csv"
        case .legacyOrEncrypted:
            return zh ? "这是旧版 .xls 工作簿或加了密码的工作簿；请在 Excel/WPS 中取消密码并“另存为 .xlsx”"
                : "this is an old .xls workbook or a password-protected one; remove the password and \"Save as .xlsx\" in Excel/WPS"
        case let .missingPart(part):
            return zh ? "工作簿不完整：缺少 \(shown(part))" : "the workbook is incomplete: \(shown(part)) is missing"
        case .damagedArchive:
            return zh ? "工作簿已损坏：压缩包的目录指向文件之外（文件可能不完整或被改动过）；请在 Excel/WPS 中重新保存或重新获取文件"
                : "the workbook is damaged: its archive directory points outside the file (the file may be cut short or altered); save it again in Excel/WPS or get it again"
        case let .damagedPart(part):
            return zh ? "工作簿已损坏：\(shown(part)) 的数据不完整或校验失败；请在 Excel/WPS 中重新保存或重新获取文件"
                : "the workbook is damaged: the data of \(shown(part)) is incomplete or fails its checksum; save it again in Excel/WPS or get it again"
        case let .unsupportedCompression(part, method):
            return zh ? "工作簿中的 \(shown(part)) 使用了不支持的压缩方式（\(method)）；请在 Excel/WPS 中重新保存"
                : "\(shown(part)) in the workbook uses an unsupported compression method (\(method)); save it again in Excel/WPS"
        case let .encryptedPart(part):
            return zh ? "工作簿中的 \(shown(part)) 已加密；请取消密码后重新保存" : "\(shown(part)) in the workbook is encrypted; remove the password and save it again"
        case let .damagedXML(part, fault, line, column):
            return zh ? "工作簿已损坏：\(shown(part)):\(line):\(column)：\(fault.message(language))"
                : "the workbook is damaged: \(shown(part)):\(line):\(column): \(fault.message(language))"
        case let .sharedStringOutOfRange(part, index):
            return zh ? "工作簿已损坏：\(shown(part)) 引用了不存在的共享字符串 \(TerminalText.escaped(index))"
                : "the workbook is damaged: \(shown(part)) refers to shared string \(TerminalText.escaped(index)), which does not exist"
        case let .mergedCellsTooMany(sheet):
            return zh ? "工作表“\(shown(sheet))”的合并单元格会展开成远多于表中数据的单元格：文件可能是刻意构造的，未读取；请取消合并后重新保存"
                : "the merged cells of the sheet \"\(shown(sheet))\" would expand to far more cells than the sheet holds: it may be made to exhaust memory; not read. Unmerge them and save again"
        case let .tooLarge(part, sheet, limit):
            let most = NumberText.byteSize(limit)
            if let sheet {
                return zh ? "工作表“\(shown(sheet))”（\(shown(part))）解压后超过 \(most) 的上限（按文件大小计算）：文件可能已损坏或是刻意构造的，未读取"
                    : "the sheet \"\(shown(sheet))\" (\(shown(part))) expands to more than the \(most) allowed for a file of this size: the file may be damaged or made to exhaust memory; not read"
            }
            return zh ? "工作簿中的 \(shown(part)) 解压后超过 \(most) 的上限（按文件大小计算）：文件可能已损坏或是刻意构造的，未读取"
                : "\(shown(part)) in the workbook expands to more than the \(most) allowed for a file of this size: the file may be damaged or made to exhaust memory; not read"
        }
    }

    /// A name from the file, with any control character shown visibly.
    private func shown(_ text: String) -> String { TerminalText.escaped(text) }
}
