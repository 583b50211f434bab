import Foundation

/// What the test targets share: where the repository is, the built `guanxi`, and running a
/// program as a user would.

/// The repository root, found from this file's path (Tests/TestSupport/TestSupport.swift), so
/// tests read the committed files.
public let repositoryRoot: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// The built `guanxi` executable: beside the test bundle in the same build folder.
public let guanxiExecutable: String = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while folder.path.hasSuffix(".xctest") || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
        folder.deleteLastPathComponent()
    }
    let candidate = folder.appendingPathComponent("guanxi").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : repositoryRoot + "/.build/debug/guanxi"
}()

/// How a program run ended.
public struct ProcessRun: Sendable {
    public var status: Int32
    /// Standard output as bytes (an SVG, a PNG).
    public var stdoutBytes: Data
    public var stderr: String
    /// Standard output as UTF-8 text.
    public var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
}

/// Runs a program with arguments from the repository root, feeding `input` on standard
/// input, in a fixed English locale unless `environment` says otherwise. Standard error is
/// read on its own thread, so neither pipe can fill and stall the program.
public func run(_ executable: String, _ arguments: [String], input: Data? = nil,
                environment: [String: String] = ["LANG": "en_US.UTF-8"]) throws -> ProcessRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    let writer = Thread {
        if let input { try? stdin.fileHandleForWriting.write(contentsOf: input) }
        try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let errorBox = DataBox()
    let reader = Thread { errorBox.data = err.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    errorBox.done.wait()
    process.waitUntilExit()
    return ProcessRun(status: process.terminationStatus, stdoutBytes: outData,
                      stderr: String(decoding: errorBox.data, as: UTF8.self))
}

/// Runs the built `guanxi` (see ``run(_:_:input:environment:)``).
public func guanxi(_ arguments: [String], input: Data? = nil,
                   environment: [String: String] = ["LANG": "en_US.UTF-8"]) throws -> ProcessRun {
    try run(guanxiExecutable, arguments, input: input, environment: environment)
}

/// Standard error, filled by the reader thread before it signals.
private final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
