import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders in a child process, so a render can be given a time limit. A Graphviz layout
/// cannot be cancelled, and an internal assertion aborts its whole process; a child process
/// can be killed when time runs out, and its crash is reported instead of shared.
///
/// The child is a program (normally `guanxi` itself, through its hidden `layout-worker`
/// subcommand) that calls ``serve(engine:format:pdfDate:)``: DOT on standard input, the
/// rendered bytes on standard output, Graphviz's messages on standard error.
public struct LayoutWorker: Sendable {
    public var executable: String
    public var arguments: [String]

    /// A worker started as `executable arguments… --engine E --format F --pdf-date D`.
    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Renders `diagram` in a child process, killing it after `timeout` seconds.
    /// - Throws: ``DiagramError/timedOut(seconds:)``; ``DiagramError/graphviz(stage:messages:)``
    ///   with the child's messages; ``DiagramError/workerFailed(reason:)`` when it cannot
    ///   start or dies from a signal.
    public func render(_ diagram: Diagram, as format: OutputFormat, timeout: Double) throws(DiagramError) -> RenderedDiagram {
        guard timeout > 0, timeout.isFinite else { throw .invalidOption(name: "--timeout", value: String(timeout)) }
        if format == .dot { return RenderedDiagram(bytes: Array(diagram.dot.utf8), warnings: []) }
        // The self-test runs here, so the child's only failures are Graphviz's own.
        try Diagram.checkGraphviz()
        // A child killed on time-out closes its end of the DOT pipe; writing on must fail with
        // EPIPE rather than kill this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + ["--engine", diagram.engine.rawValue, "--format", format.rawValue,
                                         "--pdf-date", diagram.pdfDate]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw .workerFailed(reason: "\(executable): \(error.localizedDescription)")
        }
        // Read both outputs on their own threads so neither pipe fills and blocks the child.
        let outputData = PipeReader(output.fileHandleForReading)
        let errorData = PipeReader(errors.fileHandleForReading)
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(diagram.dot.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            _ = (outputData.wait(), errorData.wait())
            throw .timedOut(seconds: timeout)
        }
        let bytes = outputData.wait()
        let messages = String(decoding: errorData.wait(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map(String.init)
        if process.terminationReason == .uncaughtSignal {
            throw .workerFailed(reason: "Graphviz stopped with signal \(process.terminationStatus)"
                                + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; ")))
        }
        guard process.terminationStatus == 0 else {
            throw .graphviz(stage: "layout (\(diagram.engine.rawValue))", messages: messages)
        }
        return RenderedDiagram(bytes: Array(bytes), warnings: messages)
    }

    /// The child's side: reads DOT from standard input, renders it and writes the bytes to
    /// standard output, Graphviz's warnings (or errors) to standard error, one per line.
    /// Returns the exit status: 0, or 65 when Graphviz failed.
    public static func serve(engine: LayoutEngine, format: OutputFormat, pdfDate: String) -> Int32 {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let dot = String(decoding: input, as: UTF8.self)
        do {
            let rendered = try Diagram.render(dot: dot, engine: engine, format: format, pdfDate: pdfDate)
            for warning in rendered.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            FileHandle.standardOutput.write(Data(rendered.bytes))
            return 0
        } catch {
            let lines: [String]
            if case let .graphviz(_, messages) = error { lines = messages } else { lines = [error.message(.en)] }
            for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            return 65
        }
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        let thread = Thread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
        thread.start()
    }

    /// Everything read, once the writer has closed the pipe.
    func wait() -> Data {
        done.wait()
        done.signal()
        return data
    }
}
