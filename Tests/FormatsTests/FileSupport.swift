#if canImport(Glibc)
import Glibc
#endif

struct FileError: Error {}

func temporaryFolder() throws -> String {
    var template = Array("/tmp/guanxi-test-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw FileError() }
    return String(cString: made)
}

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    guard let file = fopen(path, "wb") else { throw FileError() }
    defer { fclose(file) }
    guard fwrite(bytes, 1, bytes.count, file) == bytes.count else { throw FileError() }
}

func makeSparseFile(_ path: String, size: Int) throws {
    let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw FileError() }
    defer { close(descriptor) }
    guard ftruncate(descriptor, off_t(size)) == 0 else { throw FileError() }
}

func removeFolder(_ path: String) {
    guard let directory = opendir(path) else { return }
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { unlink(path + "/" + name) }
    }
    closedir(directory)
    rmdir(path)
}
