import Foundation
import Testing
@testable import Formats
import Platform
import TrustModel

/// Outputs are written whole or not at all, through links, devices and FIFOs, never
/// replacing anything but a regular file, and missing folders appear only complete
/// (issue 15's outputs, issue 16's writes).
@Suite struct AtomicFileTests {
    private func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func kind(_ path: String) -> FileStatus.Kind? {
        if case let .success(status) = System.status(path, followingLinks: false) { status.kind } else { nil }
    }

    /// Everything in a folder, recursively, relative to it.
    private func listing(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func writesAndReplacesRegularFilesKeepingPermissions() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let path = folder + "/a.json"
        try AtomicFile.write(Array("one".utf8), to: path)
        chmod(path, 0o640)
        try AtomicFile.write(Array("two".utf8), to: path)
        #expect(contents(path) == "two")
        if case let .success(status) = System.status(path) { #expect(status.permissions == 0o640) }
        #expect(listing(folder) == ["a.json"])
    }

    @Test func writesThroughSymbolicLinks() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writeFile(folder + "/real.json", Array("old".utf8))
        symlink("real.json", folder + "/link.json")
        try AtomicFile.write(Array("new".utf8), to: folder + "/link.json")
        #expect(kind(folder + "/link.json") == .symbolicLink)
        #expect(contents(folder + "/real.json") == "new")
        // A dangling link: its target is created, in folders made for it; the link stays.
        symlink("made/later/target.json", folder + "/dangling.json")
        try AtomicFile.write(Array("there".utf8), to: folder + "/dangling.json")
        #expect(kind(folder + "/dangling.json") == .symbolicLink)
        #expect(contents(folder + "/made/later/target.json") == "there")
        // A chain of links to a link.
        symlink("link.json", folder + "/chain.json")
        try AtomicFile.write(Array("third".utf8), to: folder + "/chain.json")
        #expect(contents(folder + "/real.json") == "third")
        #expect(kind(folder + "/chain.json") == .symbolicLink && kind(folder + "/link.json") == .symbolicLink)
        // A loop is an error, not a hang.
        symlink("loop-b", folder + "/loop-a")
        symlink("loop-a", folder + "/loop-b")
        #expect(throws: WriteError.self) { try AtomicFile.write([1], to: folder + "/loop-a") }
    }

    @Test func writesInPlaceToDevicesAndFIFOs() throws {
        try AtomicFile.write(Array("gone".utf8), to: "/dev/null")
        #expect(kind("/dev/null") == .characterDevice)
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        // A link to a device is written through, the device kept.
        symlink("/dev/null", folder + "/null")
        try AtomicFile.write(Array("gone".utf8), to: folder + "/null")
        #expect(kind(folder + "/null") == .symbolicLink)
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = Locked<Data>(Data())
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)
            received.value = handle?.readDataToEndOfFile() ?? Data()
        }
        reader.start()
        try AtomicFile.write(Array("through the pipe".utf8), to: fifo)
        while reader.isExecuting || !reader.isFinished { usleep(1_000) }
        #expect(String(decoding: received.value, as: UTF8.self) == "through the pipe")
        #expect(kind(fifo) == .fifo)
    }

    @Test func missingFoldersAreCreatedComplete() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let files = [(folder + "/out/md/report.md", Array("# r".utf8)), (folder + "/out/md/report-a.svg", Array("<svg/>".utf8)),
                     (folder + "/side.txt", Array("s".utf8))]
        try AtomicFile.write(files)
        #expect(listing(folder) == ["out", "out/md", "out/md/report-a.svg", "out/md/report.md", "side.txt"])
        #expect(contents(folder + "/out/md/report.md") == "# r")
        // A relative path from the working folder.
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        try AtomicFile.write(Array("x".utf8), to: "rel/deeper/x.json")
        #expect(contents(folder + "/rel/deeper/x.json") == "x")
    }

    @Test func failureLeavesNothingBehind() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        try writeFile(folder + "/keep.json", Array("kept".utf8))
        // The second file cannot be written (a file is where its folder should be): the
        // first is not renamed into place, the new folder not left, no temporary file stays.
        try writeFile(folder + "/blocker", [])
        #expect(throws: WriteError.self) {
            try AtomicFile.write([(folder + "/keep.json", Array("changed".utf8)), (folder + "/new/a.txt", [1]),
                                  (folder + "/blocker/b.txt", [2])])
        }
        #expect(contents(folder + "/keep.json") == "kept")
        #expect(listing(folder) == ["blocker", "keep.json"])
        // Only regular files are replaced by a rename: a folder in the way is an error.
        #expect(throws: WriteError.wrongKind(path: folder)) { try AtomicFile.write([1], to: folder) }
        // Several files cannot go to standard output.
        #expect(throws: WriteError.severalFilesToStandardOutput) {
            try AtomicFile.write([("-", [1]), (folder + "/x", [2])])
        }
    }

    /// A streamed output (a city's JSON, handed over in chunks) is written as it comes and
    /// still whole or not at all: the same bytes as written at once, through links and to
    /// devices; a failure mid-way leaves the old file and no temporary one.
    @Test func streamedOutputIsWholeOrNothing() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        let chunks = (0 ..< 50).map { Array("chunk \($0);".utf8) }
        let path = folder + "/big.json"
        try AtomicFile.write(to: path) { sink throws(WriteError) in for chunk in chunks { try sink(chunk) } }
        #expect(contents(path) == String(decoding: chunks.joined(), as: UTF8.self))
        #expect(throws: WriteError.encoding("stop")) {
            try AtomicFile.write(to: path) { sink throws(WriteError) in
                try sink(Array("half".utf8))
                throw .encoding("stop")
            }
        }
        #expect(contents(path) == String(decoding: chunks.joined(), as: UTF8.self))
        #expect(listing(folder) == ["big.json"])
        // Through a link, into a missing folder, and to a device.
        symlink(folder + "/deep/linked.json", folder + "/link.json")
        try AtomicFile.write(to: folder + "/link.json") { sink throws(WriteError) in try sink([65]); try sink([66]) }
        #expect(contents(folder + "/deep/linked.json") == "AB" && kind(folder + "/link.json") == .symbolicLink)
        try AtomicFile.write(to: "/dev/null") { sink throws(WriteError) in try sink([1]) }
        #expect(throws: WriteError.cannotWrite(path: folder + "/full.json", reason: SystemError(code: 28))) {
            symlink("/dev/full", folder + "/full.json")
            try AtomicFile.write(to: folder + "/full.json") { sink throws(WriteError) in try sink([1]) }
        }
    }

    @Test func staleTemporaryFilesOfDeadProcessesAreRemoved() throws {
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        // What a killed run leaves: a temporary file and a staging folder, named with a
        // process id that no longer exists (the largest possible one never does here).
        let dead = "4194305"
        try writeFile(folder + "/.report.html.guanxi-tmp-\(dead)-abc", [1])
        mkdir(folder + "/.out.guanxi-tmp-\(dead)-def", 0o755)
        mkdir(folder + "/.out.guanxi-tmp-\(dead)-def/md", 0o755)
        try writeFile(folder + "/.out.guanxi-tmp-\(dead)-def/md/x.md", [1])
        // And one of a live process (this one), which must stay.
        let mine = ".other.guanxi-tmp-\(System.processID)-ghi"
        try writeFile(folder + "/" + mine, [1])
        try AtomicFile.write(Array("new".utf8), to: folder + "/report.html")
        #expect(listing(folder) == [mine, "report.html"])
    }

    @Test func fullFileSystemOrLimitLeavesNoTemporaryFile() throws {
        // /dev/full fails every write with ENOSPC; a folder's files written to a disk that
        // fills are simulated by a link to it inside the output.
        let folder = try temporaryFolder()
        defer { removeFolder(folder) }
        symlink("/dev/full", folder + "/full.json")
        #expect(throws: WriteError.cannotWrite(path: folder + "/full.json", reason: SystemError(code: 28))) {
            try AtomicFile.write([(folder + "/new/a.json", [1]), (folder + "/full.json", Array("x".utf8))])
        }
        #expect(listing(folder) == ["full.json"])
    }

    @Test func readOnlyFolderIsAClearError() throws {
        let folder = try temporaryFolder()
        defer {
            chmod(folder + "/ro", 0o755)
            removeFolder(folder)
        }
        mkdir(folder + "/ro", 0o555)
        // Root writes anywhere; the permission check is then the CLI test's, as another user.
        guard geteuid() != 0 else { return }
        #expect(throws: WriteError.cannotWrite(path: folder + "/ro/x.json", reason: SystemError(code: EACCES))) {
            try AtomicFile.write([1], to: folder + "/ro/x.json")
        }
        #expect(WriteError.cannotWrite(path: "x", reason: SystemError(code: EACCES)).message(.zh) == "无法写入 x：没有权限")
    }
}

/// A value shared with a thread.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
