import Foundation
import Testing
import Diagrams

/// Not a timed or pass/fail memory test: with GUANXI_LEAK_LOOP=N set, renders the hierarchy N
/// times (SVG, PNG, PDF in turn) and prints the resident set size as it goes, for a person
/// checking that memory does not grow (run it under valgrind for a leak summary).
@Test func renderLoopForLeakChecks() throws {
    guard let value = ProcessInfo.processInfo.environment["GUANXI_LEAK_LOOP"], let count = Int(value) else { return }
    let formats: [OutputFormat] = [.svg, .png, .pdf]
    for index in 0..<count {
        _ = try Diagram(demo, view: .hierarchy).render(formats[index % 3])
        if (index + 1) % max(1, count / 10) == 0 { print("renders \(index + 1): resident \(residentKiB()) KiB") }
    }
}

private func residentKiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4 : 0
}
