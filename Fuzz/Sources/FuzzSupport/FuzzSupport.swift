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

/// A ZIP archive of `parts`, stored (not compressed) with their right CRC-32: lets a target
/// mutate the XML inside a workbook, which a mutated deflate stream or checksum would stop
/// before any XML is read.
public func storedArchive(_ parts: [(path: String, bytes: [UInt8])]) -> [UInt8] {
    func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
    var out: [UInt8] = [], central: [UInt8] = []
    for (path, bytes) in parts {
        let name = Array(path.utf8)
        let common = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(Int(crc32(bytes)))
            + le32(bytes.count) + le32(bytes.count) + le16(name.count) + le16(0)
        central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(out.count) + name
        out += [0x50, 0x4B, 0x03, 0x04] + common + name + bytes
    }
    let start = out.count
    out += central
    out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(parts.count) + le16(parts.count)
        + le32(central.count) + le32(start) + le16(0)
    return out
}

private let crcTable: [UInt32] = (0 ..< 256).map { n in
    (0 ..< 8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
}

private func crc32(_ bytes: [UInt8]) -> UInt32 {
    ~bytes.reduce(~UInt32(0)) { crcTable[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
}
