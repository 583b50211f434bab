extension LabelText {
    /// A name as drawn: broken into at most `maxLines` lines of at most `width` ems, the lines
    /// as even as the breaks allow, breaking where a reader would: at a space in Latin text,
    /// between Chinese characters — preferably at a word of place or organisation
    /// (``breakAfter``, ``breakBefore``: 东园社区｜居委会, 特殊儿童家庭｜（南苑社区）) — and never so that a
    /// line starts with closing punctuation or ends with opening punctuation (no lone "）").
    /// A name longer than the lines hold ends its last line with "…" and `shortened` is true
    /// (its full name goes in the tooltip). Line breaks in the name count as spaces. A name of
    /// 16,000 characters draws as a few short lines, never failing Graphviz.
    ///
    /// Written here because no line breaker for CJK labels of a few ems is available as a
    /// package (ICU's is not exposed by Foundation on Linux, and it knows no organisation words).
    /// - Complexity: O(k) for the first k characters that can be drawn, O(k^(maxLines−1)) for
    ///   choosing the breaks of a short name (k ≤ ``evenLimit``).
    static func lines(_ text: String, width limit: Double = 7, maxLines: Int = 3) -> (lines: [String], shortened: Bool) {
        // The characters that could be drawn (and one more, to know that there are more).
        let capacity = limit * Double(max(maxLines, 1))
        var characters: [Character] = []
        var total = 0.0
        var more = false
        for character in text {
            let shown: Character = character.isNewline || character == "\t" ? " " : character
            if shown == " ", characters.last == " " || characters.isEmpty { continue }
            if total > capacity + 1 { more = true; break }
            characters.append(shown)
            total += width(String(shown))
        }
        while characters.last == " " { characters.removeLast() }
        let widths = characters.map { width(String($0)) }
        let sum = widths.reduce(0, +)
        if sum <= limit + 0.001, !more { return (characters.isEmpty ? [] : [String(characters)], false) }
        if !more, characters.count <= evenLimit, maxLines >= 2,
           let even = evenLines(characters, widths: widths, limit: limit, maxLines: min(maxLines, 3)) {
            return (even, false)
        }
        return greedyLines(characters, widths: widths, limit: limit, maxLines: maxLines, more: more)
    }

    /// The line width (ems) for `text`: `base`, or half as much again for text mostly in Latin
    /// letters, whose words are long for their width (a 6-em line holds "social work" but not
    /// "social work centre"); words then break less often.
    static func lineWidth(_ text: String, base: Double) -> Double {
        var wide = 0, narrow = 0
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar.value >= 0x2E80 { wide += 1 } else if scalar.properties.isAlphabetic { narrow += 1 }
        }
        return narrow > wide ? base * 1.5 : base
    }

    /// Names up to this many characters get evenly balanced lines; longer texts (captions,
    /// notes) are filled line by line.
    static let evenLimit = 40

    /// Words after which a Chinese name breaks well (a place, a school).
    static let breakAfter = ["社区", "街道", "大学", "学院", "公司", "中心", "）", ")", "区", "县", "镇", "乡", "村", "·", "、"]
    /// Words before which a Chinese name breaks well (an organisation's kind, a bracket).
    static let breakBefore = ["社工站", "社工室", "社工总站", "社会工作", "居委会", "村委会", "居民委员会", "村民委员会",
                              "办事处", "有限公司", "服务中心", "服务社", "服务队", "志愿服务队", "志愿队", "互助小组",
                              "互助会", "小组", "（", "(", "·"]
    private static let afterWords = breakAfter.map(Array.init)
    private static let beforeWords = breakBefore.map(Array.init)
    /// No line starts with these.
    static let closing: Set<Character> = ["）", ")", "】", "》", "〉", "」", "』", "”", "’", "，", "。", "、", "；",
                                          "：", "！", "？", ",", ".", ";", ":", "!", "?", "…", "·"]
    /// Where a long text (a caption's note) breaks best: after these, when near a line's end.
    static let pauses: Set<Character> = ["，", "；", "、", "。", "：", ",", ";"]
    /// No line ends with these.
    static let opening: Set<Character> = ["（", "(", "【", "《", "〈", "「", "『", "“", "‘"]

    /// The cost of breaking before `characters[i]`: lower is better; `nil` where no break may
    /// fall (inside a Latin word, unless the word alone is wider than a line).
    private static func breakCost(_ characters: [Character], at i: Int) -> Double? {
        let before = characters[i - 1], after = characters[i]
        if before == " " || after == " " { return -1 }
        var cost = 0.0
        if closing.contains(after) || opening.contains(before) { cost += 40 }
        let wideBefore = width(String(before)) >= 1, wideAfter = width(String(after)) >= 1
        if !wideBefore, !wideAfter { cost += 25 }
        if afterWords.contains(where: { word in i >= word.count && characters[(i - word.count)..<i].elementsEqual(word) }) {
            cost -= 2.5
        }
        if beforeWords.contains(where: { word in characters.count - i >= word.count && characters[i..<(i + word.count)].elementsEqual(word) }) {
            cost -= 2.5
        }
        return cost
    }

    /// The best 2 or 3 lines each within `limit`: lines as even as possible (the widest less
    /// the narrowest), the costs of the breaks, and a little for each line more. `nil` when
    /// none fit.
    private static func evenLines(_ characters: [Character], widths: [Double], limit: Double, maxLines: Int) -> [String]? {
        let count = characters.count
        var prefix = [0.0]
        for w in widths { prefix.append(prefix[prefix.count - 1] + w) }
        let costs: [Double?] = (0...count).map { $0 == 0 || $0 == count ? nil : breakCost(characters, at: $0) }
        // The width of characters[a..<b] without the spaces at its ends.
        func span(_ a: Int, _ b: Int) -> (Int, Int) {
            var a = a, b = b
            while a < b, characters[a] == " " { a += 1 }
            while b > a, characters[b - 1] == " " { b -= 1 }
            return (a, b)
        }
        func lineWidth(_ a: Int, _ b: Int) -> Double {
            let (x, y) = span(a, b)
            return prefix[y] - prefix[x]
        }
        var best: (cost: Double, breaks: [Int])?
        for lineCount in 2...max(2, maxLines) {
            func consider(_ breaks: [Int]) {
                let bounds = [0] + breaks + [count]
                var widest = 0.0, narrowest = Double.infinity, cost = 0.0
                for k in 0..<(bounds.count - 1) {
                    let w = lineWidth(bounds[k], bounds[k + 1])
                    if w > limit + 0.001 || w == 0 { return }
                    widest = max(widest, w)
                    narrowest = min(narrowest, w)
                }
                for b in breaks { cost += costs[b] ?? 1000 }
                // Fewer lines are better, unless the fewer need a broken word or a lone mark.
                cost += widest - narrowest + 10 * Double(breaks.count)
                if best == nil || cost < best!.cost - 0.0001 { best = (cost, breaks) }
            }
            if lineCount == 2 {
                for i in 1..<count where costs[i] != nil { consider([i]) }
            } else {
                for i in 1..<count where costs[i] != nil {
                    for j in (i + 1)..<max(i + 1, count) where costs[j] != nil { consider([i, j]) }
                }
            }
        }
        guard let best else { return nil }
        let bounds = [0] + best.breaks + [count]
        return (0..<(bounds.count - 1)).map { k in
            let (a, b) = span(bounds[k], bounds[k + 1])
            return String(characters[a..<b])
        }
    }

    /// Lines filled one after another (a Latin word kept whole where it fits, a closing mark
    /// never starting a line); past `maxLines`, the last line ends with "…".
    private static func greedyLines(_ characters: [Character], widths: [Double], limit: Double, maxLines: Int,
                                    more: Bool) -> (lines: [String], shortened: Bool) {
        var lines: [String] = []
        var current: [Character] = []
        var currentWidth = 0.0
        var shortened = more
        var index = 0
        while index < characters.count {
            let character = characters[index], w = widths[index]
            if current.isEmpty, character == " " { index += 1; continue }
            if currentWidth + w > limit + 0.001, !current.isEmpty {
                if lines.count == maxLines - 1 { shortened = true; break }
                var cut = current.count
                let pause = current.lastIndex { pauses.contains($0) }.map { $0 + 1 }
                if let pause, pause < current.count, Double(pause) >= Double(current.count) * 0.6, !closing.contains(character) {
                    cut = pause                                       // after a comma or semicolon near the end
                } else if character != " ", let space = current.lastIndex(of: " ") {
                    cut = space                                       // keep a Latin word whole
                } else if closing.contains(character) || current.last.map(opening.contains) == true, current.count > 1 {
                    cut = current.count - 1                           // carry the last character along
                }
                let line = String(current[..<cut]).trimmingCharacters(in: .whitespaces)
                if !line.isEmpty { lines.append(line) }
                current = Array(current[cut...])
                while current.first == " " { current.removeFirst() }
                currentWidth = current.reduce(0) { $0 + width(String($1)) }
                continue
            }
            current.append(character)
            currentWidth += w
            index += 1
        }
        var last = String(current).trimmingCharacters(in: .whitespaces)
        if shortened {
            while width(last) + 1 > limit, !last.isEmpty { last.removeLast() }
            last = last.trimmingCharacters(in: .whitespaces) + "…"
        }
        if !last.isEmpty { lines.append(last) }
        return (lines, shortened)
    }
}
