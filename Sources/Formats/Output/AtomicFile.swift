import Platform
import TrustModel

/// Why an output could not be written.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder or file could not be created or written.
    case cannotWrite(path: String, reason: SystemError)
    /// The output path exists and is not the kind of thing being written (a folder where a
    /// file should go, or a file where a folder should).
    case wrongKind(path: String)
    /// An output file already exists and overwriting was not asked for.
    case exists(path: String)
    /// The format is not one Guanxi writes (yet).
    case unsupportedFormat(String)
    /// Building the output failed inside a library (the ZIP archive of a workbook).
    case encoding(String)
    /// Several files (a folder of CSV, a Markdown report with its diagrams) cannot all go
    /// to standard output (`-o -`).
    case severalFilesToStandardOutput

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .cannotWrite(path, reason):
            return zh ? "无法写入 \(shown(path))：\(reason.message(language))" : "cannot write \(shown(path)): \(reason.message(language))"
        case let .wrongKind(path):
            return zh ? "\(shown(path)) 已存在，但类型不对（文件与文件夹）" : "\(shown(path)) exists but is of the wrong kind (file vs folder)"
        case let .exists(path):
            return zh ? "\(shown(path)) 已存在；如要覆盖请加 --force" : "\(shown(path)) already exists; add --force to overwrite it"
        case let .unsupportedFormat(format):
            return zh ? "不支持的输出格式：\(shown(format))" : "unsupported output format: \(shown(format))"
        case let .encoding(detail):
            return zh ? "无法生成输出：\(detail)" : "cannot build the output: \(detail)"
        case .severalFilesToStandardOutput:
            return zh ? "这种输出由多个文件组成，不能写到标准输出（-o -）；请给出文件或文件夹的路径"
                : "this output is several files and cannot go to standard output (-o -); give a file or folder path"
        }
    }

    private func shown(_ text: String) -> String { TerminalText.escaped(text) }
}

/// Writes outputs whole or not at all.
///
/// - A regular file (or a path where nothing is yet) is written to a temporary file in the
///   same folder, flushed to disk, and renamed over the target only when every file of the
///   output has been written: a full disk, `ulimit -f` (the CLI turns SIGXFSZ into an error)
///   or any other failure removes the temporary files and leaves the targets as they were.
///   Only a regular file is ever replaced by a rename; a replaced file keeps its permissions.
/// - A symbolic link is written through: its target gets the content (atomically if it is a
///   regular file) and the link stays a link.
/// - A device or a FIFO (`/dev/stdout`, `/dev/null`, a named pipe) is opened and written in
///   place, never replaced; `-` is standard output.
/// - Missing folders are created, but only complete: files for a missing folder are written
///   into a hidden staging folder beside it, which is renamed into place last, so a failure
///   leaves no empty or half-filled folder.
/// - A process killed mid-write leaves its temporary file or staging folder (named
///   `.NAME.guanxi-tmp-PID-…`) behind; the next write to the same folder removes those whose
///   process is gone.
public enum AtomicFile {
    /// The path that means standard output.
    public static let standardOutput = "-"

    /// Writes one file whole or not at all.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try write([(path, bytes)])
    }

    /// Writes several files, renaming them into place only once all are written.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(WriteError) {
        if files.contains(where: { $0.path == standardOutput }) {
            guard files.count == 1, let bytes = files.first?.bytes else { throw .severalFilesToStandardOutput }
            try writeAll(bytes, descriptor: System.standardOutput, path: standardOutput)
            return
        }
        var plan = Plan()
        for file in files { try plan.add(file.path, file.bytes) }
        try plan.run()
    }

    /// Receives one chunk of a streamed output and writes it at once.
    public typealias ChunkSink = (_ chunk: [UInt8]) throws(WriteError) -> Void

    /// Writes one file whole or not at all, like ``write(_:to:)``, its bytes handed over
    /// chunk by chunk by `produce` and written as they come (to the temporary file, a
    /// device or standard output), so an output too large to hold twice — a city's JSON —
    /// is never held whole. The same bytes as writing their concatenation.
    public static func write(to path: String, streaming produce: (_ sink: ChunkSink) throws(WriteError) -> Void) throws(WriteError) {
        if path == standardOutput {
            try produce { chunk throws(WriteError) in try writeAll(chunk, descriptor: System.standardOutput, path: standardOutput) }
            return
        }
        var plan = Plan()
        try plan.add(path, [])
        try withoutActuallyEscaping(produce) { (produce) throws(WriteError) in try plan.run(streaming: produce) }
    }

    // MARK: The plan

    /// Where each file of an output goes and how.
    private struct Plan {
        /// A file written to a temporary name and renamed over `target` (a regular file or
        /// nothing), or, when its folder is missing, under its own name inside a staging
        /// folder.
        struct Replacement {
            var target: String
            var bytes: [UInt8]
            var permissions: UInt32?
            var temporary = ""
        }

        /// A missing folder (`target`) made complete under a hidden name (`path`) first.
        struct Staging {
            var target: String
            var path: String
        }

        var replacements: [Replacement] = []
        /// Devices and FIFOs, written in place: the path given (for messages) and the one
        /// links lead to.
        var streams: [(path: String, target: String, bytes: [UInt8])] = []
        var stagings: [Staging] = []
        /// Files and folders made so far, removed if the output fails.
        var made: [(path: String, isFolder: Bool)] = []

        mutating func add(_ path: String, _ bytes: [UInt8]) throws(WriteError) {
            guard !path.isEmpty else { throw .cannotWrite(path: path, reason: SystemError(code: 2)) }  // ENOENT
            // The process's own streams are written through their descriptors' targets.
            if path == "/dev/stdout" || path == "/dev/stderr" || path.hasPrefix("/dev/fd/") || path.hasPrefix("/proc/self/fd/") {
                streams.append((path, path, bytes))
                return
            }
            let target = try AtomicFile.throughLinks(path)
            switch System.status(target, followingLinks: false) {
            case let .success(status):
                switch status.kind {
                case .regular: replacements.append(Replacement(target: target, bytes: bytes, permissions: status.permissions))
                case .directory: throw .wrongKind(path: path)
                default: streams.append((path, target, bytes))
                }
            case let .failure(error) where error.kind == .noSuchFile:
                replacements.append(Replacement(target: target, bytes: bytes, permissions: nil))
            case let .failure(error):
                throw .cannotWrite(path: path, reason: error)
            }
        }

        /// - Parameter produce: for a single streamed file, what hands over its bytes (the
        ///   files' own `bytes` are then empty).
        mutating func run(streaming produce: ((ChunkSink) throws(WriteError) -> Void)? = nil) throws(WriteError) {
            do {
                for i in replacements.indices {
                    var file = replacements[i]
                    try stage(&file, streaming: produce)
                    replacements[i] = file
                }
                for stream in streams {
                    try AtomicFile.writeInPlace(stream.bytes, to: stream.target, shown: stream.path, streaming: produce)
                }
                try commit()
            } catch {
                undo()
                throw error
            }
        }

        /// Writes a replacement to its temporary file, in its folder or in a staging folder
        /// when the folder is missing.
        private mutating func stage(_ file: inout Replacement,
                                    streaming produce: ((ChunkSink) throws(WriteError) -> Void)?) throws(WriteError) {
            let (folder, name) = AtomicFile.split(file.target)
            let (existing, missing) = try nearestFolder(folder)
            let temporary: String
            if let top = missing.first {
                // The missing folder just below the one that exists is staged whole, under
                // a hidden name, its files under their own names.
                let staging = try stagingFolder(for: AtomicFile.join(existing, top), in: existing)
                var home = staging
                for piece in missing.dropFirst() {
                    home = AtomicFile.join(home, piece)
                    if case .success = System.status(home) { continue }
                    if let failure = System.makeFolder(home) { throw .cannotWrite(path: file.target, reason: failure) }
                    made.append((home, true))
                }
                temporary = AtomicFile.join(home, name)
            } else {
                AtomicFile.removeStale(in: folder)
                temporary = AtomicFile.join(folder, AtomicFile.temporaryName(for: name))
            }
            let descriptor: Int32
            switch System.createNewFile(temporary) {
            case let .success(opened): descriptor = opened
            case let .failure(error): throw .cannotWrite(path: file.target, reason: error)
            }
            made.append((temporary, false))
            file.temporary = temporary
            var failure = file.bytes.withUnsafeBytes { System.write(descriptor, $0) }
            if failure == nil, let produce {
                do {
                    try produce { chunk throws(WriteError) in
                        if let failure = chunk.withUnsafeBytes({ System.write(descriptor, $0) }) {
                            throw .cannotWrite(path: file.target, reason: failure)
                        }
                    }
                } catch {
                    _ = System.close(descriptor)
                    throw error
                }
            }
            System.setPermissions(descriptor, file.permissions ?? System.newFilePermissions)
            if failure == nil { failure = System.flushToDisk(descriptor) }
            if let closing = System.close(descriptor), failure == nil { failure = closing }
            if let failure { throw .cannotWrite(path: file.target, reason: failure) }
        }

        /// The nearest folder at or above `folder` that exists, and the names of the missing
        /// ones below it, outermost first; a file in the way is an error.
        private func nearestFolder(_ folder: String) throws(WriteError) -> (existing: String, missing: [String]) {
            var candidate = folder
            var missing: [String] = []
            while true {
                switch System.status(candidate) {
                case let .success(status):
                    guard status.kind == .directory else { throw .wrongKind(path: candidate) }
                    return (candidate, missing.reversed())
                case let .failure(error) where error.kind == .noSuchFile:
                    let (parent, name) = AtomicFile.split(candidate)
                    if parent == candidate || name.isEmpty { throw .cannotWrite(path: folder, reason: error) }
                    if name != "." { missing.append(name) }
                    candidate = parent
                case let .failure(error):
                    throw .cannotWrite(path: candidate, reason: error)
                }
            }
        }

        /// The staging folder for the missing folder `top`, made once per output.
        private mutating func stagingFolder(for top: String, in parent: String) throws(WriteError) -> String {
            if let staged = stagings.first(where: { $0.target == top }) { return staged.path }
            AtomicFile.removeStale(in: parent)
            let path = AtomicFile.join(parent, AtomicFile.temporaryName(for: AtomicFile.split(top).name))
            if let failure = System.makeFolder(path) { throw .cannotWrite(path: top, reason: failure) }
            made.append((path, true))
            stagings.append(Staging(target: top, path: path))
            return path
        }

        /// Renames everything into place: files in existing folders, then staged folders.
        private mutating func commit() throws(WriteError) {
            var touched: Set<String> = []
            for file in replacements where !stagings.contains(where: { file.temporary.hasPrefix($0.path + "/") }) {
                // Only a regular file is replaced, even if something else appeared meanwhile.
                if case let .success(status) = System.status(file.target, followingLinks: false), status.kind != .regular {
                    throw .wrongKind(path: file.target)
                }
                if let failure = System.rename(file.temporary, to: file.target, replacing: true) {
                    throw .cannotWrite(path: file.target, reason: failure)
                }
                made.removeAll { $0.path == file.temporary }
                touched.insert(AtomicFile.split(file.target).folder)
            }
            for staging in stagings {
                if let failure = System.rename(staging.path, to: staging.target, replacing: false) {
                    throw .cannotWrite(path: staging.target, reason: failure)
                }
                made.removeAll { $0.path == staging.path || $0.path.hasPrefix(staging.path + "/") }
                touched.insert(AtomicFile.split(staging.target).folder)
            }
            for folder in touched { System.flushFolderToDisk(folder) }
        }

        /// Removes what this output made, deepest first.
        private func undo() {
            for item in made.reversed() {
                _ = item.isFolder ? System.removeFolder(item.path) : System.removeFile(item.path)
            }
        }
    }

    // MARK: Paths

    /// `path` with symbolic links followed to the last one's target (which may not exist
    /// yet): that is the file to write, the links left as they are.
    static func throughLinks(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0 ..< 40 {
            guard case let .success(status) = System.status(current, followingLinks: false), status.kind == .symbolicLink else {
                return current
            }
            switch System.linkTarget(current) {
            case let .success(target):
                current = target.hasPrefix("/") ? target : join(split(current).folder, target)
            case let .failure(error):
                throw .cannotWrite(path: path, reason: error)
            }
        }
        throw .cannotWrite(path: path, reason: SystemError(code: 40))  // ELOOP
    }

    /// The folder and the name of a path (`"."` for a bare name).
    static func split(_ path: String) -> (folder: String, name: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", String(trimmed)) }
        let folder = trimmed[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(trimmed[trimmed.index(after: slash)...]))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// What marks a temporary name: `.NAME.guanxi-tmp-PID-RANDOM`.
    private static let marker = ".guanxi-tmp-"

    /// A hidden name beside `name` that says which process made it. Long names are cut so
    /// the whole stays within the 255 bytes a file name may have.
    static func temporaryName(for name: String) -> String {
        var kept = ""
        for character in name where kept.utf8.count + character.utf8.count <= 200 { kept.append(character) }
        return "." + kept + marker + String(System.processID) + "-" + String(UInt32.random(in: 0 ... .max), radix: 36)
    }

    /// Removes temporary files and staging folders left in `folder` by processes that no
    /// longer exist (killed mid-write).
    static func removeStale(in folder: String) {
        for entry in System.folderEntries(folder) where entry.hasPrefix(".") {
            guard let range = entry.range(ofMarker: marker) else { continue }
            let digits = entry[range.upperBound...].prefix { $0 != "-" }
            guard let owner = Int32(digits), owner != System.processID, !System.processExists(owner) else { continue }
            removeTree(join(folder, entry))
        }
    }

    /// Removes a file, or a folder with everything in it (a staging folder).
    private static func removeTree(_ path: String) {
        guard case let .success(status) = System.status(path, followingLinks: false) else { return }
        if status.kind == .directory {
            for entry in System.folderEntries(path) { removeTree(join(path, entry)) }
            _ = System.removeFolder(path)
        } else {
            _ = System.removeFile(path)
        }
    }

    // MARK: Writing in place

    private static func writeInPlace(_ bytes: [UInt8], to path: String, shown: String,
                                     streaming produce: ((ChunkSink) throws(WriteError) -> Void)? = nil) throws(WriteError) {
        // The process's own streams by their descriptors, so a shell's redirection (`>>`
        // appends) holds.
        let descriptor: Int32
        var opened = false
        if path == "/dev/stdout" {
            descriptor = System.standardOutput
        } else if path == "/dev/stderr" {
            descriptor = System.standardError
        } else {
            switch System.openForWriting(path, truncating: false) {
            case let .success(file): descriptor = file
            case let .failure(error): throw .cannotWrite(path: shown, reason: error)
            }
            opened = true
        }
        defer { if opened { _ = System.close(descriptor) } }
        try writeAll(bytes, descriptor: descriptor, path: shown)
        if let produce {
            try produce { chunk throws(WriteError) in try writeAll(chunk, descriptor: descriptor, path: shown) }
        }
    }

    private static func writeAll(_ bytes: [UInt8], descriptor: Int32, path: String) throws(WriteError) {
        if let failure = bytes.withUnsafeBytes({ System.write(descriptor, $0) }) {
            throw .cannotWrite(path: path == standardOutput ? "standard output" : path, reason: failure)
        }
    }
}

extension String {
    /// The first occurrence of `marker`, searched by bytes.
    fileprivate func range(ofMarker marker: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(marker) { return index ..< self.index(index, offsetBy: marker.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
