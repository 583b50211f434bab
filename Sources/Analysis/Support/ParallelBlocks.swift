import Dispatch

/// Deterministic data parallelism: `0..<count` is cut into a fixed number of
/// contiguous blocks (independent of the number of cores), the blocks run through
/// `DispatchQueue.concurrentPerform`, and their results come back in block order,
/// so floating-point sums made from them are the same on every machine.
package enum ParallelBlocks {
    /// Blocks per parallel loop. Fixed, so results never depend on the core count.
    package static let defaultBlocks = 8

    /// The contiguous ranges that partition `0..<count` into `blocks` parts (fewer
    /// when `count` is small; none when it is 0).
    package static func ranges(count: Int, blocks: Int = defaultBlocks) -> [Range<Int>] {
        guard count > 0 else { return [] }
        let b = Swift.max(1, Swift.min(blocks, count))
        return (0 ..< b).map { i in (i * count / b) ..< ((i + 1) * count / b) }
    }

    /// Runs `body(range)` for each block concurrently and returns the results in
    /// block order.
    package static func map<T: Sendable>(count: Int, blocks: Int = defaultBlocks,
                                 _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let rs = ranges(count: count, blocks: blocks)
        if rs.isEmpty { return [] }
        let box = ResultBox<T>(count: rs.count)
        DispatchQueue.concurrentPerform(iterations: rs.count) { i in
            box.set(i, body(rs[i]))
        }
        return box.values()
    }
}

/// Slots written by distinct concurrent iterations (each index exactly once), read
/// after `concurrentPerform` returns; hence `@unchecked Sendable`.
private final class ResultBox<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
    func set(_ i: Int, _ v: T) { slots[i] = v }
    func values() -> [T] { slots.compactMap { $0 } }
}
