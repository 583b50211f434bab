/// SplitMix64 (Steele, Lea & Flood 2014): used to expand one 64-bit seed into
/// the state of ``SeededGenerator``; also a fine generator on its own.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** (Blackman & Vigna 2018), seeded through ``SplitMix64``: a small,
/// fast, deterministic generator. The same seed gives the same sequence on every
/// platform and Swift version (unlike `SystemRandomNumberGenerator`).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = SplitMix64(seed: seed)
        s0 = sm.next(); s1 = sm.next(); s2 = sm.next(); s3 = sm.next()
    }

    @inline(__always)
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    public mutating func next() -> UInt64 {
        let result = SeededGenerator.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = SeededGenerator.rotl(s3, 45)
        return result
    }

    /// A uniform integer in `0..<bound` by Lemire's multiply-and-reject method; its
    /// own code, so the sequence never depends on the standard library. Returns 0
    /// when `bound` ≤ 1.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let t = (0 &- b) % b
            while m.low < t { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// Fisher–Yates shuffle with ``below(_:)``.
    public mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count - 1
        while i > 0 {
            let j = below(i + 1)
            a.swapAt(i, j)
            i -= 1
        }
    }

    /// `k` distinct values from `0..<n`, in the order drawn (partial Fisher–Yates).
    public mutating func sample(_ k: Int, from n: Int) -> [Int] {
        let k = Swift.max(0, Swift.min(k, n))
        var pool = Array(0 ..< n)
        for i in 0 ..< k { pool.swapAt(i, i + below(n - i)) }
        return Array(pool[0 ..< k])
    }
}
