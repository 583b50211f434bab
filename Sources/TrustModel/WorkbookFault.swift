/// Why a workbook could not be opened, each with its message in Chinese and English.
public enum WorkbookFault: Error, Hashable, Sendable {
    /// Not a ZIP archive at all.
    case notZip
    /// An OLE2 container: an old `.xls` workbook or a password-protected `.xlsx`.
    case legacyOrEncrypted
    /// A part the workbook must have is missing (`xl/workbook.xml` …).
    case missingPart(String)
    /// A part is not well-formed XML or could not be extracted.
    case damagedPart(String, detail: String)
    /// A part is larger than Guanxi reads.
    case partTooLarge(String)

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .notZip:
            return zh ? "无法打开工作簿：这不是 .xlsx 文件（不是 ZIP 压缩包）" : "cannot open the workbook: this is not an .xlsx file (not a ZIP archive)"
        case .legacyOrEncrypted:
            return zh ? "这是旧版 .xls 工作簿或加了密码的工作簿；请在 Excel/WPS 中取消密码并“另存为 .xlsx”"
                : "this is an old .xls workbook or a password-protected one; remove the password and \"Save as .xlsx\" in Excel/WPS"
        case let .missingPart(part):
            return zh ? "工作簿不完整：缺少 \(part)" : "the workbook is incomplete: \(part) is missing"
        case let .damagedPart(part, detail):
            return zh ? "工作簿已损坏：\(part)：\(detail)" : "the workbook is damaged: \(part): \(detail)"
        case let .partTooLarge(part):
            return zh ? "工作簿中的 \(part) 过大" : "\(part) in the workbook is too large"
        }
    }
}
