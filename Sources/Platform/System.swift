#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import CSystem

// Every call Guanxi makes into the C library, in one file (swift-system's model): files and
// folders, standard output and error, the environment, signals, clocks and memory, and
// iconv. Each wrapper retries after EINTR and returns `errno` as a ``SystemError``, so the
// modules above stay free of C and of `errno`. Linux (glibc) is what CI builds.

/// An error number (`errno`) from the C library, kept as a code so messages can be phrased
/// in the user's language (``kind``) as well as the system's (``description``).
public struct SystemError: Error, Hashable, Sendable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The error the last failed call left.
    static var last: SystemError { SystemError(code: errno) }

    /// The kinds of failure that messages name in words; ``other`` for the rest.
    public enum Kind: Sendable {
        case noSuchFile, permissionDenied, readOnlyFileSystem, noSpace, fileTooLarge, isFolder, notFolder,
             tooManyLinks, nameTooLong, exists, folderNotEmpty, inputOutput, brokenPipe, other
    }

    public var kind: Kind {
        switch code {
        case ENOENT: .noSuchFile
        case EACCES, EPERM: .permissionDenied
        case EROFS: .readOnlyFileSystem
        case ENOSPC, EDQUOT: .noSpace
        case EFBIG: .fileTooLarge
        case EISDIR: .isFolder
        case ENOTDIR: .notFolder
        case ELOOP: .tooManyLinks
        case ENAMETOOLONG: .nameTooLong
        case EEXIST: .exists
        case ENOTEMPTY: .folderNotEmpty
        case EIO: .inputOutput
        case EPIPE: .brokenPipe
        default: .other
        }
    }

    /// The system's own words (`strerror`), in English.
    public var description: String { String(cString: strerror(code)) }
}

/// What `stat` tells of a path.
public struct FileStatus: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case regular, directory, symbolicLink, characterDevice, blockDevice, fifo, socket, other
    }

    public var kind: Kind
    public var size: Int
    /// The permission bits (`0o644` …).
    public var permissions: UInt32

    init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        case S_IFCHR: kind = .characterDevice
        case S_IFBLK: kind = .blockDevice
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        default: kind = .other
        }
        size = Int(info.st_size)
        permissions = UInt32(info.st_mode) & 0o7777
    }
}

/// Thin wrappers over the C library's calls.
public enum System {
    // MARK: Paths

    /// `stat` (through symbolic links) or `lstat` (of the link itself).
    public static func status(_ path: String, followingLinks: Bool = true) -> Result<FileStatus, SystemError> {
        var info = stat()
        let result = followingLinks ? stat(path, &info) : lstat(path, &info)
        return result == 0 ? .success(FileStatus(info)) : .failure(.last)
    }

    /// Where a symbolic link points, as written in the link.
    public static func linkTarget(_ path: String) -> Result<String, SystemError> {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return .failure(.last) }
        return .success(String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// The names in a folder (without `.` and `..`); empty if it cannot be read.
    public static func folderEntries(_ path: String) -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    public static func makeFolder(_ path: String) -> SystemError? {
        mkdir(path, 0o777) == 0 ? nil : .last
    }

    public static func removeFolder(_ path: String) -> SystemError? {
        rmdir(path) == 0 ? nil : .last
    }

    public static func removeFile(_ path: String) -> SystemError? {
        unlink(path) == 0 ? nil : .last
    }

    /// Renames `from` to `to`. Without `replacing`, fails with `EEXIST` rather than replace
    /// anything at `to` (where the file system cannot promise that atomically, `to` is
    /// looked at first).
    public static func rename(_ from: String, to: String, replacing: Bool) -> SystemError? {
        if replacing { return Glibc.rename(from, to) == 0 ? nil : .last }
        if guanxi_rename_noreplace(from, to) == 0 { return nil }
        let failure = SystemError.last
        guard failure.code == ENOSYS || failure.code == EINVAL else { return failure }
        var info = stat()
        if lstat(to, &info) == 0 { return SystemError(code: EEXIST) }
        return Glibc.rename(from, to) == 0 ? nil : .last
    }

    // MARK: Reading

    /// Why a whole file could not be read.
    public enum ReadFailure: Error, Sendable {
        case system(SystemError)
        /// A folder, a device, a pipe …: not a file whose size is known.
        case notRegularFile
        case tooLarge(size: Int)
    }

    /// A regular file's bytes, read whole with one allocation of its size; files larger than
    /// `sizeLimit` are refused before anything is read.
    public static func readFile(_ path: String, sizeLimit: Int) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.system(.last)) }
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(.last)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
        let size = Int(info.st_size)
        guard size <= sizeLimit else { return .failure(.tooLarge(size: size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        let failure: SystemError? = bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            while total < size {
                let got = read(descriptor, base + total, size - total)
                if got < 0 {
                    if errno == EINTR { continue }
                    return .last
                }
                if got == 0 { break }
                total += got
            }
            return nil
        }
        if let failure { return .failure(.system(failure)) }
        // The file shrank while being read.
        if total < size { bytes.removeSubrange(total...) }
        return .success(bytes)
    }

    // MARK: Writing

    /// Creates a new file that must not exist yet (`O_EXCL`), readable and writable by its
    /// owner only until ``setPermissions(_:_:)``; returns its descriptor.
    public static func createNewFile(_ path: String) -> Result<Int32, SystemError> {
        while true {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return .success(descriptor) }
            if errno != EINTR { return .failure(.last) }
        }
    }

    /// Opens something that exists for writing without creating or replacing it: a device,
    /// a FIFO (waiting for a reader, as writing to one does), or a file to write in place.
    public static func openForWriting(_ path: String, truncating: Bool) -> Result<Int32, SystemError> {
        while true {
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncating ? O_TRUNC : 0))
            if descriptor >= 0 { return .success(descriptor) }
            if errno != EINTR { return .failure(.last) }
        }
    }

    /// Writes every byte, retrying after interruptions and short writes.
    public static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> SystemError? {
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    // A non-blocking descriptor (a terminal or pipe set so by another program):
                    // wait until it takes more.
                    var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&poller, 1, -1)
                    continue
                }
                return .last
            }
            offset += written
        }
        return nil
    }

    /// Flushes a file to the disk. Descriptors that cannot be flushed (pipes, terminals)
    /// are not an error.
    public static func flushToDisk(_ descriptor: Int32) -> SystemError? {
        if fsync(descriptor) == 0 || errno == EINVAL || errno == EROFS || errno == ENOTSUP { return nil }
        return .last
    }

    /// Flushes a folder's entries (a rename inside it) to the disk, where that is possible.
    public static func flushFolderToDisk(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = Glibc.close(descriptor)
    }

    public static func close(_ descriptor: Int32) -> SystemError? {
        Glibc.close(descriptor) == 0 || errno == EINTR ? nil : .last
    }

    public static func setPermissions(_ descriptor: Int32, _ permissions: UInt32) {
        _ = fchmod(descriptor, mode_t(permissions))
    }

    /// The permission bits a new file gets here (`0o666` less the process's umask).
    public static var newFilePermissions: UInt32 {
        let mask = umask(0)
        umask(mask)
        return 0o666 & ~UInt32(mask)
    }

    public static var processID: Int32 { getpid() }

    /// Whether a process with this id exists (an id whose owner differs still counts).
    public static func processExists(_ id: Int32) -> Bool {
        kill(id, 0) == 0 || errno == EPERM
    }

    // MARK: Standard streams, environment, signals

    public static let standardOutput: Int32 = 1
    public static let standardError: Int32 = 2

    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Ends the process with `status`, as C's `exit` (buffers flushed).
    public static func exit(_ status: Int32) -> Never { Glibc.exit(status) }

    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Signals whose default action would end the process mid-write.
    public enum Signal: Sendable {
        /// SIGXFSZ, sent on writing past `ulimit -f`: ignored, the write fails with EFBIG
        /// instead and the partial output is removed.
        case fileSizeLimit
        /// SIGPIPE, sent on writing to a pipe nobody reads: ignored, the write fails with
        /// EPIPE instead.
        case brokenPipe
    }

    public static func ignore(_ signal: Signal) {
        switch signal {
        case .fileSizeLimit: _ = Glibc.signal(SIGXFSZ, SIG_IGN)
        case .brokenPipe: _ = Glibc.signal(SIGPIPE, SIG_IGN)
        }
    }

    // MARK: Time and memory

    /// Seconds on the monotonic clock.
    public static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The most memory the process has held so far (its peak resident set), in bytes.
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
    }

    /// glibc raises its mmap threshold each time a large block is freed (up to 32 MB); a
    /// fixed one keeps large arrays mapped, so they go back to the system once freed.
    public static func fixMemoryMapThreshold(bytes: Int) {
        _ = mallopt(M_MMAP_THRESHOLD, Int32(clamping: bytes))
    }

    // MARK: Text

    /// Converts between encodings through iconv (no Swift package decodes GB18030, and
    /// Foundation on Linux does not reliably either). `nil` when `source` or `target` is
    /// unknown to iconv or the bytes are not valid in `source`.
    /// - Complexity: O(n).
    public static func transcode(_ bytes: [UInt8], from source: String, to target: String) -> [UInt8]? {
        guard let converter = iconv_open(target, source), converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        // Room for the common cases at once (GB18030 → UTF-8 grows at most 3/2, UTF-8 →
        // GB18030 never); E2BIG grows it for the rest.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var produced = 0
        var consumed = 0
        while true {
            let (result, code, read, written): (Int, Int32, Int, Int) = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return (0, 0, 0, 0) }
                    var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase + consumed)
                        .assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var inLeft = inBuffer.count - consumed
                    var outLeft = outBuffer.count - produced
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, errno, inBuffer.count - consumed - inLeft, outBuffer.count - produced - outLeft)
                }
            }
            consumed += read
            produced += written
            if result != -1 { break }
            guard code == E2BIG else { return nil }
            output.append(contentsOf: repeatElement(0, count: output.count))
        }
        guard consumed == input.count else { return nil }
        output.removeSubrange(produced...)
        return output
    }
}
