/// Node ids to node indices, keyed by the ids' UTF-8 bytes: an open-addressing hash table
/// (linear probing, load ≤ ½) whose keys live in one byte arena.
///
/// Loading a city (600k ids, 2M lookups from the ties) spent most of its time in
/// `Dictionary<String, Int32>`: a `String` made per cell, SipHash over it, and a cache miss
/// per probe into scattered string storage. Here a lookup hashes the bytes where they lie
/// in the file buffer (a multiply–rotate hash over 8-byte words; ids are not adversarial
/// input that needs SipHash's flooding resistance, and a flood only slows the load), and a
/// slot holds 32 bits of the hash, so a probe rarely touches the arena for a wrong key.
///
/// Ids are numbered in insertion order: the value of an id is the number of ids inserted
/// before it.
///
/// - Complexity: O(length of the id) per lookup and insertion, on average.
public struct IDIndex: Sendable {
    /// Per slot: (32 hash bits << 32) | (arena offset of the entry + 1); 0 is empty.
    private var slots: [UInt64]
    private var mask: Int
    /// Per entry: its index (4 bytes), its key's length (4 bytes), the key; so a probe
    /// that matches the hash bits reads one place.
    private var arena: [UInt8] = []
    public private(set) var count = 0

    public init(capacity: Int = 16) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 20)
    }

    /// Room for `capacity` ids in all.
    public mutating func reserveCapacity(_ capacity: Int) {
        arena.reserveCapacity(capacity * 20)
        while 2 * capacity > slots.count { grow() }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        guard let base = key.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < n {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                word |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
            h = (h ^ word) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 31
        }
        h = (h ^ (h >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The index of `key`, or `nil`.
    @inline(__always)
    public func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = IDIndex.hash(key)
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[slot]
                if s == 0 { return nil }
                if s >> 32 == tag, let entry = entry(at: Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1, ifKey: key) {
                    return entry
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of `id`, or `nil`.
    public func find(_ id: String) -> Int32? {
        var id = id
        return id.withUTF8 { find($0) }
    }

    /// The index of the entry at `offset` in the arena if its key is `key`.
    @inline(__always)
    private func entry(at offset: Int, ifKey key: UnsafeBufferPointer<UInt8>) -> Int32? {
        arena.withUnsafeBytes { arena -> Int32? in
            let length = Int(arena.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            guard length == key.count else { return nil }
            if length > 0, let a = arena.baseAddress, let k = key.baseAddress,
               !memcmpEqual((a + offset + 8).assumingMemoryBound(to: UInt8.self), k, length) { return nil }
            return Int32(bitPattern: arena.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        }
    }

    @inline(__always)
    private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Adds `key` as the next index; returns its index, or `nil` (adding nothing) when the
    /// key is there already.
    @discardableResult
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        if 2 * (count + 1) > slots.count { grow() }
        let h = IDIndex.hash(key)
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[slot]
            if s == 0 { break }
            if s >> 32 == tag, entry(at: Int(truncatingIfNeeded: s & 0xFFFF_FFFF) - 1, ifKey: key) != nil { return nil }
            slot = (slot + 1) & mask
        }
        let entry = count
        let offset = arena.count
        precondition(offset + 8 + key.count < Int(UInt32.max), "ids over 4 GB")
        withUnsafeBytes(of: UInt32(entry)) { arena.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(key.count)) { arena.append(contentsOf: $0) }
        arena.append(contentsOf: key)
        count += 1
        slots[slot] = tag << 32 | UInt64(offset + 1)
        return Int32(entry)
    }

    @discardableResult
    public mutating func insert(_ id: String) -> Int32? {
        var id = id
        return id.withUTF8 { insert($0) }
    }

    private mutating func grow() { rehash(into: slots.count * 2) }

    /// The same index in less memory, for keeping once all ids are in: the arena without
    /// its spare capacity, and slots filled up to ~70 % rather than ½ (a city's 580k ids:
    /// 18 MB instead of 28 MB). Lookups stay O(1) on average, a little longer each.
    public func compacted() -> IDIndex {
        var out = self
        out.arena = arena.withUnsafeBufferPointer { Array($0) }   // a copy of exactly its count
        var size = 16
        while size * 7 < count * 10 { size <<= 1 }
        if size < slots.count { out.rehash(into: size) }
        return out
    }

    private mutating func rehash(into size: Int) {
        var fresh = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        arena.withUnsafeBytes { arena in
            var offset = 0
            while offset < arena.count {
                let length = Int(arena.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                let key = UnsafeBufferPointer(rebasing: arena.assumingMemoryBound(to: UInt8.self)[(offset + 8) ..< (offset + 8 + length)])
                let h = IDIndex.hash(key)
                var slot = Int(truncatingIfNeeded: h) & newMask
                while fresh[slot] != 0 { slot = (slot + 1) & newMask }
                fresh[slot] = (h >> 32) << 32 | UInt64(offset + 1)
                offset += 8 + length
            }
        }
        slots = fresh
        mask = newMask
    }
}
