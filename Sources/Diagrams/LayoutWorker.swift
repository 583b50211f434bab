import Foundation
import TrustModel

import Platform

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

    /// Renders `diagram` in a child process, killing it after `timeout` seconds. A child that
    /// dies (Graphviz aborts on some layouts it cannot route) is started again with the next
    /// simpler layout (``LayoutPlan/fallbacks(_:)``), and a warning line says so.
    /// - Throws: ``DiagramError/timedOut(seconds:)``; ``DiagramError/graphviz(stage:messages:)``
    ///   with the child's messages; ``DiagramError/workerFailed(reason:)`` when it cannot
    ///   start, or dies on every layout tried.
    public func render(_ diagram: Diagram, as format: OutputFormat, timeout: Double) throws(DiagramError) -> RenderedDiagram {
        guard timeout > 0, timeout.isFinite else { throw .invalidOption(name: "--timeout", value: String(timeout)) }
        // The self-test runs here, so the child's only failures are Graphviz's own.
        try Diagram.checkGraphviz()
        let plan = diagram.plan
        let engine = plan.candidates[plan.tried.first ?? 0].engine
        let fallbacks = LayoutPlan.fallbacks(engine)
        var notes: [String] = []
        var fallback = 0
        while true {
            do {
                let rendered = try run(diagram, format: format, timeout: timeout, firstFallback: fallback)
                return diagram.finished(RenderedDiagram(bytes: rendered.bytes, warnings: notes + rendered.warnings), format)
            } catch {
                guard case let .workerFailed(reason) = error, fallback + 1 < fallbacks.count else { throw error }
                let next = fallbacks[fallback + 1]
                notes.append(plan.fallbackNote(from: fallbacks[fallback].engine, to: next.engine, splines: next.splines,
                                               reason: reason))
                fallback += 1
            }
        }
    }

    /// One child process: the plan's candidates on standard input (each its engine's name, its
    /// node count and crossing limit or "-", a line break and its DOT, ended by a NUL byte), the rendered bytes on standard output.
    private func run(_ diagram: Diagram, format: OutputFormat, timeout: Double, firstFallback: Int) throws(DiagramError) -> RenderedDiagram {
        // A child killed on time-out closes its end of the DOT pipe; writing on must fail with
        // EPIPE rather than kill this process with SIGPIPE.
        System.ignore(.brokenPipe)
        let plan = diagram.plan
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        var options = ["--format", format.rawValue, "--pdf-date", diagram.pdfDate, "--fallback", String(firstFallback),
                       "--lang", plan.language.rawValue]
        if let fit = plan.fit {
            options += ["--fit", [fit.width, fit.height, fit.smallestFont].map(Palette.number).joined(separator: ",")
                                 + (fit.orientationFree ? ",free," : ",fixed,") + Palette.number(fit.margin) + ","
                                 + Palette.number(fit.headroom)]
        }
        process.arguments = arguments + options
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
        var bytes = Data()
        for candidate in plan.candidates {
            bytes.append(Data((candidate.engine.rawValue + " " + String(candidate.nodeCount) + " "
                               + (candidate.crossingLimit.map(String.init) ?? "-") + "\n").utf8))
            bytes.append(Data(candidate.dot.utf8))
            bytes.append(0)
        }
        let payload = bytes
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: payload)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            System.kill(process.processIdentifier)
            finished.wait()
            _ = (outputData.wait(), errorData.wait())
            throw .timedOut(seconds: timeout)
        }
        let rendered = outputData.wait()
        let messages = String(decoding: errorData.wait(), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map(String.init)
        if process.terminationReason == .uncaughtSignal {
            // The first line Graphviz or the C library printed, not the crash report after it.
            let first = messages.first { !$0.hasPrefix("***") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            throw .workerFailed(reason: language(plan).pick("Graphviz 异常退出（信号 \(process.terminationStatus)）",
                                                            "Graphviz stopped with signal \(process.terminationStatus)")
                                + (first.map { ": " + $0 } ?? ""))
        }
        guard process.terminationStatus == 0 else {
            throw .graphviz(stage: "layout", messages: messages)
        }
        return RenderedDiagram(bytes: Array(rendered), warnings: messages)
    }

    private func language(_ plan: LayoutPlan) -> Language { plan.language }

    /// The child's side: reads the candidates from standard input, renders them and writes the
    /// bytes to standard output, warnings (or errors) to standard error, one per line. Returns
    /// the exit status: 0, or 65 when Graphviz failed. A layout that fails is not cleaned up
    /// (the process ends right after).
    public static func serve(format: OutputFormat, pdfDate: String, fit: String?, firstFallback: Int,
                             language: Language) -> Int32 {
        Graphviz.leavesLayouts = true
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var candidates: [LayoutPlan.Candidate] = []
        for part in input.split(separator: 0, omittingEmptySubsequences: true) {
            let text = String(decoding: part, as: UTF8.self)
            guard let newline = text.firstIndex(of: "\n") else { continue }
            let header = text[..<newline].split(separator: " ")
            guard header.count == 3, let engine = LayoutEngine(rawValue: String(header[0])),
                  let count = Int(header[1]) else { continue }
            candidates.append(.init(dot: String(text[text.index(after: newline)...]), engine: engine, nodeCount: count,
                                    crossingLimit: Int(header[2])))
        }
        var pageFit: PageFit?
        if let fit {
            let parts = fit.split(separator: ",")
            if parts.count == 6, let w = Double(parts[0]), let h = Double(parts[1]), let font = Double(parts[2]),
               let margin = Double(parts[4]), let headroom = Double(parts[5]) {
                pageFit = PageFit(width: w, height: h, orientationFree: parts[3] == "free", smallestFont: font, margin: margin)
                pageFit?.headroom = headroom
            }
        }
        guard !candidates.isEmpty else {
            FileHandle.standardError.write(Data("no DOT on standard input\n".utf8))
            return 65
        }
        let plan = LayoutPlan(candidates: candidates, fit: pageFit, language: language)
        do {
            let rendered = try Diagram.render(plan, format: format, pdfDate: pdfDate, firstFallback: firstFallback)
            for warning in rendered.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
            FileHandle.standardOutput.write(Data(rendered.bytes))
            return 0
        } catch {
            let lines: [String]
            if case let .graphviz(_, messages) = error { lines = messages } else { lines = [error.message(language)] }
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
