import TestSupport
import Foundation
import Testing

/// The report as a person sees it: rendered by headless Chromium (Debian's `chromium`,
/// installed by Scripts/setup.sh) to a PNG, failing on any console message or error and on
/// any network request the page tries. Chromium's own background requests are told apart
/// by their network isolation key; the page's carry `file://`. DNS is mapped to nowhere,
/// so nothing leaves the machine either way.
@Suite(.serialized) struct ReportBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    struct BrowserRun {
        var console: [String]
        var pageRequests: [String]
        var screenshot: Data
    }

    static func open(_ html: String, screenshot: String) throws -> BrowserRun {
        let chromium = try #require(chromium, "chromium is not installed: run Scripts/setup.sh")
        let folder = NSTemporaryDirectory() + "guanxi-browser-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let netLog = folder + "/netlog.json"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr", "--v=0",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                             "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=\(netLog)", "--user-data-dir=\(folder)/profile",
                             "--window-size=1200,3000", "--screenshot=\(screenshot)", "file://\(html)"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        var requests: [String] = []
        let data = try Data(contentsOf: URL(fileURLWithPath: netLog))
        if let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
           let events = object["events"] as? [[String: Any]] {
            var pageSources = Set<Int>()
            for event in events {
                guard let params = event["params"] as? [String: Any], let source = (event["source"] as? [String: Any])?["id"] as? Int else { continue }
                if let key = params["network_isolation_key"] as? String, key.hasPrefix("file://") { pageSources.insert(source) }
            }
            for event in events {
                guard let params = event["params"] as? [String: Any], let url = params["url"] as? String,
                      let source = (event["source"] as? [String: Any])?["id"] as? Int, pageSources.contains(source) else { continue }
                if !url.hasPrefix("file:") && !url.hasPrefix("data:") && !requests.contains(url) { requests.append(url) }
            }
        }
        return BrowserRun(console: console, pageRequests: requests, screenshot: try Data(contentsOf: URL(fileURLWithPath: screenshot)))
    }

    @Test func theCheckCatchesConsoleErrorsAndRequests() throws {
        let page = NSTemporaryDirectory() + "guanxi-bad-\(UUID().uuidString).html"
        try Data("<!DOCTYPE html><p>x</p><img src=\"http://198.51.100.1/x.png\"><script>console.error('boom')</script>".utf8)
            .write(to: URL(fileURLWithPath: page))
        defer { try? FileManager.default.removeItem(atPath: page) }
        let run = try Self.open(page, screenshot: page + ".png")
        try? FileManager.default.removeItem(atPath: page + ".png")
        #expect(run.console.contains { $0.contains("boom") })
        #expect(run.pageRequests == ["http://198.51.100.1/x.png"])
    }

    @Test(arguments: ["zh", "en"])
    func theReportRendersCleanlyOffline(_ language: String) throws {
        let folder = NSTemporaryDirectory() + "guanxi-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = folder + "/report.html"
        let made = try guanxi(["report", "Datasets/ximarket", "-o", html, "--lang", language])
        #expect(made.status == 0, "\(made.stderr)")
        // Kept for a person to look at: .build/report-<lang>.png.
        let screenshot = repositoryRoot + "/.build/report-\(language).png"
        let run = try Self.open(html, screenshot: screenshot)
        #expect(run.console.isEmpty, "console: \(run.console)")
        #expect(run.pageRequests.isEmpty, "requests: \(run.pageRequests)")
        #expect(run.screenshot.count > 50_000)  // a real page, not a blank one
        #expect(run.screenshot.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
