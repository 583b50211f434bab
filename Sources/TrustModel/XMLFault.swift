/// Why an XML document (a GraphML file, a part of a workbook) could not be read, each with
/// its message in Chinese and English. Positions travel beside it.
public enum XMLFault: Hashable, Sendable {
    /// Bytes that are not UTF-8 where UTF-8 is required.
    case invalidUTF8
    /// A character XML 1.0 does not allow (a control character, U+FFFE, U+FFFF).
    case disallowedCharacter(UInt32)
    /// The encoding the XML declaration names is not one this system can convert.
    case unknownEncoding(String)
    /// The bytes are not valid in the encoding the document declares.
    case undecodable(encoding: String)
    /// A document type declaration: not allowed in a workbook, and in GraphML only without
    /// an internal subset (entity declarations are never needed and can blow up).
    case documentTypeDeclaration
    /// An element with more attributes than any real document has (libxml2 checks
    /// attributes for repeats pairwise, so thousands of them take minutes).
    case tooManyAttributes(limit: Int)
    /// A `<` inside a tag or an attribute value.
    case markupInTag
    /// A name of an element or attribute longer than `limit` bytes (libxml2 stops at
    /// 50,000 with an error of its own that says nothing of length).
    case nameTooLong(limit: Int)
    /// An attribute value or a comment longer than `limit` bytes (libxml2 stops at 10 MB
    /// and calls such a value "not in quotes").
    case valueTooLong(limit: Int)
    case empty
    /// The document ends before all its elements are closed.
    case truncated
    /// A well-formedness error reported by libxml2, by its error code.
    case malformed(code: Int)

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .invalidUTF8:
            return zh ? "含有不是 UTF-8 的字节" : "bytes that are not UTF-8"
        case let .disallowedCharacter(value):
            let code = TerminalText.codePoint(value)
            return zh ? "含有 XML 不允许的字符（\(code)，控制字符）" : "a character XML does not allow (\(code), a control character)"
        case let .unknownEncoding(name):
            return zh ? "不支持声明的编码“\(TerminalText.escaped(name))”" : "the declared encoding \"\(TerminalText.escaped(name))\" is not supported"
        case let .undecodable(encoding):
            return zh ? "内容不符合声明的编码 \(TerminalText.escaped(encoding))" : "the content is not valid \(TerminalText.escaped(encoding))"
        case .documentTypeDeclaration:
            return zh ? "含有文档类型声明（<!DOCTYPE …[…]>，可定义实体），不予读取"
                : "it holds a document type declaration (<!DOCTYPE …[…]>, which can define entities); not read"
        case let .tooManyAttributes(limit):
            return zh ? "某个元素的属性超过 \(limit) 个" : "an element has more than \(limit) attributes"
        case .markupInTag:
            return zh ? "标签或属性值中出现了 <（标签没有闭合，或属性值中的 < 未写成 &lt;）"
                : "a < inside a tag or an attribute value (a tag not closed, or < not written as &lt;)"
        case let .nameTooLong(limit):
            return zh ? "元素或属性的名称超过 \(NumberText.byteSize(limit))，不予读取"
                : "an element or attribute name is longer than \(NumberText.byteSize(limit)); not read"
        case let .valueTooLong(limit):
            return zh ? "属性值或注释超过 \(NumberText.byteSize(limit))，不予读取（数据应写在元素内容中）"
                : "an attribute value or a comment is longer than \(NumberText.byteSize(limit)); not read (data belongs in element content)"
        case .empty:
            return zh ? "文档是空的" : "the document is empty"
        case .truncated:
            return zh ? "文档在所有元素闭合之前就结束了（被截断？）" : "the document ends before all its elements are closed (truncated?)"
        case let .malformed(code):
            switch code {
            case 4: return XMLFault.empty.message(language)
            case 5: return zh ? "文档被截断，或根元素之后还有内容" : "the document is cut short, or has content after its root element"
            case 9: return zh ? "含有 XML 不允许的字符" : "a character XML does not allow"
            case 23, 26: return zh ? "未定义的实体（只认识 &amp; &lt; &gt; &quot; &apos; 与 &#…;）"
                : "an undefined entity (only &amp; &lt; &gt; &quot; &apos; and &#…; are known)"
            case 38, 39, 40, 41: return zh ? "属性值没有加引号" : "an attribute value is not in quotes"
            case 42: return zh ? "同一属性出现了两次" : "an attribute is given twice"
            case 73: return zh ? "标签没有以 > 结束" : "a tag is not closed with >"
            case 76: return zh ? "开始标签与结束标签不匹配" : "an opening and a closing tag do not match"
            case 77: return XMLFault.truncated.message(language)
            default: return zh ? "XML 格式错误（libxml2 错误 \(code)）" : "malformed XML (libxml2 error \(code))"
            }
        }
    }
}
