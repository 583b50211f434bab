import Dispatch

/// Work started on another thread now and joined later: the CSV reader reads and checks
/// the ties file while it parses the nodes and parses the second half of a large table
/// while it parses the first (`CSVNetworkReader`); ``NetworkBuilder/build()`` compacts the
/// id index while it looks for duplicate ties.
///
/// `@unchecked Sendable`: `work` runs once on the other thread and `result` is written
/// there before the semaphore is signalled and read here only after it is waited on. The
/// callers hand over values that the starting thread no longer mutates, or mutates only
/// in storage of its own (copy-on-write buffers shared read-only).
package final class Background<T>: @unchecked Sendable {
    private var work: (() -> T)?
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    package init(_ work: @escaping () -> T) {
        self.work = work
        DispatchQueue.global().async { [self] in
            result = self.work?()
            self.work = nil
            done.signal()
        }
    }

    /// Waits for the work and returns what it gave.
    package func join() -> T {
        done.wait()
        guard let value = result else { preconditionFailure("background work finished without a result") }
        // Not kept here: a file's bytes returned this way are freed when the caller is done.
        result = nil
        return value
    }
}
