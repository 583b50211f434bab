#if canImport(Glibc)
import Glibc
#endif
import Guanxi

/// libFuzzer's driver (`-sanitize=fuzzer` links it): runs `callback` on each input, with
/// the options and corpus folders of the command line.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Runs libFuzzer over `target` and exits with its status. Each target's `main.swift` calls
/// this: the package builds the targets with `-Xswiftc -sanitize=fuzzer,address` (so the
/// Guanxi modules, a dependency, are instrumented too), where SwiftPM would otherwise make
/// the executable's own empty `main` the entry point instead of libFuzzer's.
public func fuzz(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var count = CommandLine.argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(runDriver(&count, &arguments, target))
}

/// An input's bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// What every target does with a read network: touch what a command would (messages in
/// both languages, the summary), so a reader that builds something inconsistent fails here
/// rather than later in a user's command.
public func exercise(_ outcome: NetworkReader.Outcome) {
    for diagnostic in outcome.diagnostics {
        _ = diagnostic.formatted(.zh)
        _ = diagnostic.formatted(.en)
    }
    guard let network = outcome.network else { return }
    _ = NetworkSummary(network)
}
