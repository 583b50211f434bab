/// A resource a partner holds or a need a client has. One shared list (DESIGN §2), so that
/// needs can be matched with resources.
public enum KnownTag: String, Sendable, CaseIterable, Codable, Comparable {
    case funding, venue, equipment, volunteers, training, medical, rehabilitation
    case psychological, legal, employment, education, care, goods, discount
    case information, companionship

    /// The Chinese name, also accepted on input.
    public var chineseName: String {
        switch self {
        case .funding: "资金"
        case .venue: "场地"
        case .equipment: "设备"
        case .volunteers: "志愿者"
        case .training: "培训"
        case .medical: "医疗"
        case .rehabilitation: "康复"
        case .psychological: "心理"
        case .legal: "法律"
        case .employment: "就业"
        case .education: "教育"
        case .care: "照护"
        case .goods: "物资"
        case .discount: "优惠"
        case .information: "信息"
        case .companionship: "陪伴"
        }
    }

    static let lookup: [String: KnownTag] = Vocabulary.table(
        allCases.map { ($0, [$0.rawValue, $0.chineseName]) })

    public static func < (lhs: KnownTag, rhs: KnownTag) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A tag as stored: a known tag by its English keyword, or an unknown one kept exactly as
/// written (unknown tags are warned about once, never dropped).
public struct Tag: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The English keyword of a known tag, or the text as written.
    public let keyword: String

    /// The known tag, if this is one.
    public var known: KnownTag? { KnownTag(rawValue: keyword) }

    /// Reads a tag as a user wrote it, in English or Chinese.
    public init(word: some StringProtocol) {
        let text = String(word)
        if let known = KnownTag.lookup[text] ?? KnownTag.lookup[Vocabulary.normalize(text)] {
            keyword = known.rawValue
        } else {
            keyword = Vocabulary.trimmed(text)
        }
    }

    public init(_ known: KnownTag) { keyword = known.rawValue }

    /// The name in the given language (unknown tags as written).
    public func name(_ language: Language) -> String {
        guard let known else { return keyword }
        return language.pick(known.chineseName, known.rawValue)
    }

    public var description: String { keyword }

    /// Known tags in the list's order, then unknown ones alphabetically.
    public static func < (lhs: Tag, rhs: Tag) -> Bool {
        switch (lhs.known, rhs.known) {
        case let (l?, r?): l < r
        case (.some, nil): true
        case (nil, .some): false
        case (nil, nil): lhs.keyword < rhs.keyword
        }
    }

    /// Splits a cell into tags on `;` `；` `、` `,` `，` (a `,` only appears inside a quoted
    /// CSV field), dropping empty pieces and repeats, keeping the written order.
    public static func list(from cell: some StringProtocol) -> [Tag] {
        var tags: [Tag] = []
        var seen: Set<Tag> = []
        let scalars = Substring(cell).unicodeScalars
        for piece in scalars.split(whereSeparator: isSeparator) {
            let tag = Tag(word: Substring(piece))
            if !tag.keyword.isEmpty, seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ";", "；", "、", ",", "，": true
        default: false
        }
    }
}

extension Vocabulary {
    /// The word with surrounding spaces (ASCII, full-width, BOM) removed, case kept.
    /// - Complexity: O(n): the ends are found by moving two indices, never by rebuilding
    ///   the remainder (a cell of 1.7 MB of trailing spaces took minutes that way).
    public static func trimmed(_ word: some StringProtocol) -> String {
        let text = Substring(word)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) else { break }
            end = before
        }
        // Most cells have nothing to trim: answered without rebuilding the string.
        if start == scalars.startIndex, end == scalars.endIndex { return String(text) }
        return String(Substring(scalars[start ..< end]))
    }
}
