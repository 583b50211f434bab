/// Matching of user-written words (kinds, relations, tags, column headers) against the
/// vocabulary of DESIGN §2: case-insensitive, surrounding spaces trimmed, full-width
/// spaces included.
public enum Vocabulary {
    /// The form a word is compared in: trimmed of ASCII and full-width spaces, lowercased,
    /// `_` read as `-` so `head_station` matches `head-station`.
    public static func normalize(_ word: some StringProtocol) -> String {
        var result = trimmed(word).lowercased()
        if result.contains("_") { result = result.replacingUnderscores() }
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}"
            || scalar == "\r" || scalar == "\n" || scalar == "\u{FEFF}"
    }

    /// A lookup table from every accepted spelling to its value.
    static func table<Value>(_ entries: [(Value, [String])]) -> [String: Value] {
        var table: [String: Value] = [:]
        for (value, words) in entries {
            for word in words { table[normalize(word)] = value }
        }
        return table
    }

    /// The accepted spellings closest to `word` by edit distance, if close enough to be a
    /// likely misspelling (at most a third of the longer word, and not every character
    /// different). Equally close spellings are all returned, sorted, at most three:
    /// `社工占` is as near to `社工站` as to `社工室`, and the user knows which was meant.
    /// - Complexity: O(s · |word| · k) for s spellings of at most k characters: a spelling
    ///   whose length differs from the word's by more than the limit is skipped unmeasured
    ///   (the distance is at least that difference), so a long word costs only its reading.
    public static func closest<Value>(to word: String, in table: [String: Value]) -> [(spelling: String, value: Value)] {
        let target = Array(normalize(word))
        guard !target.isEmpty else { return [] }
        var bestDistance = Int.max
        var best: [(spelling: String, value: Value)] = []
        for spelling in table.keys.sorted() {
            guard let value = table[spelling] else { continue }
            let candidate = Array(spelling)
            let limit = max(1, max(target.count, candidate.count) / 3)
            guard abs(target.count - candidate.count) <= limit else { continue }
            let distance = editDistance(target, candidate)
            guard distance <= limit, distance < max(target.count, candidate.count) else { continue }
            if distance < bestDistance {
                bestDistance = distance
                best = [(spelling, value)]
            } else if distance == bestDistance {
                best.append((spelling, value))
            }
        }
        return Array(best.prefix(3))
    }

    /// Levenshtein distance over characters, O(|a|·|b|) time and O(|b|) space.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(unicodeScalars.map { $0 == "_" ? "-" : Character($0) })
    }
}
