import TrustModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output could not be written.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The folder or file could not be created or written (`reason` is the system's).
    case cannotWrite(path: String, reason: String)
    /// The output path exists and is not the kind of thing being written (a folder where a
    /// file should go, or a file where a folder should).
    case wrongKind(path: String)
    /// An output file already exists and overwriting was not asked for.
    case exists(path: String)
    /// The format is not one Guanxi writes (yet).
    case unsupportedFormat(String)
    /// Building the output failed inside a library (the ZIP archive of a workbook).
    case encoding(String)

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case let .cannotWrite(path, reason):
            return zh ? "无法写入 \(path)：\(reason)" : "cannot write \(path): \(reason)"
        case let .wrongKind(path):
            return zh ? "\(path) 已存在，但类型不对（文件与文件夹）" : "\(path) exists but is of the wrong kind (file vs folder)"
        case let .exists(path):
            return zh ? "\(path) 已存在；如要覆盖请加 --force" : "\(path) already exists; add --force to overwrite it"
        case let .unsupportedFormat(format):
            return zh ? "不支持的输出格式：\(format)" : "unsupported output format: \(format)"
        case let .encoding(detail):
            return zh ? "无法生成输出：\(detail)" : "cannot build the output: \(detail)"
        }
    }
}

/// Writes files whole or not at all: each file goes to a temporary name in its own folder,
/// is flushed to disk, and is renamed over the target only when every file of the output
/// has been written — so a failure (a full disk, a killed process) never leaves a truncated
/// file or half of a folder's files behind, and a reader never sees a partial file.
public enum AtomicFile {
    /// Writes one file atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        try write([(path, bytes)])
    }

    /// Writes several files, renaming them into place only once all are written.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(WriteError) {
        var staged: [(temporary: String, path: String)] = []
        func discard() { for file in staged { unlink(file.temporary) } }
        for (path, bytes) in files {
            do {
                staged.append((try stage(bytes, for: path), path))
            } catch {
                discard()
                throw error
            }
        }
        for (i, file) in staged.enumerated() where rename(file.temporary, file.path) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[i...] { unlink(rest.temporary) }
            throw .cannotWrite(path: file.path, reason: reason)
        }
    }

    /// Creates a folder (and its parents) unless it exists; fails if a file is in the way.
    public static func makeFolder(_ path: String) throws(WriteError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw .wrongKind(path: path) }
            return
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolder(String(path[..<slash]))
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes `bytes` to a new temporary file beside `path` and returns its name.
    private static func stage(_ bytes: [UInt8], for path: String) throws(WriteError) -> String {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        // The permissions an ordinary new file gets (mkstemp makes it 0600).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: String(cString: strerror(failure)))
        }
        return temporary
    }
}
