import TestSupport
import Foundation
import Testing

@Suite struct GenerateCLITests {
    @Test func generatesAValidCityDeterministically() throws {
        let folder = NSTemporaryDirectory() + "guanxi-generate-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try guanxi(["generate", "--scale", "2", "--seed", "5", "-o", folder + "/a"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Generated: \(folder)/a ("))
        _ = try guanxi(["generate", "--scale", "2", "--seed", "5", "-o", folder + "/b"])
        for name in ["nodes.csv", "ties.csv", "network.json"] {
            let a = FileManager.default.contents(atPath: "\(folder)/a/\(name)")
            #expect(a != nil && a == FileManager.default.contents(atPath: "\(folder)/b/\(name)"), "\(name) differs")
        }
        let check = try guanxi(["validate", folder + "/a"])
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix("no problems.\n"))
        #expect(try guanxi(["generate", "--scale", "0", "-o", folder + "/c"]).status == 64)
    }
}
