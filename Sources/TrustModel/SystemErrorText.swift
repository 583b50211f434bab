import Platform

extension SystemError {
    /// What went wrong, in the user's language: the common failures in words, the others
    /// in the system's own (English) words.
    public func message(_ language: Language) -> String {
        guard language == .zh else { return description }
        switch kind {
        case .noSuchFile: return "文件或文件夹不存在"
        case .permissionDenied: return "没有权限"
        case .readOnlyFileSystem: return "磁盘或文件夹是只读的"
        case .noSpace: return "磁盘空间不足"
        case .fileTooLarge: return "超过了允许的文件大小（ulimit -f）"
        case .isFolder: return "这是一个文件夹"
        case .notFolder: return "路径中的某一段不是文件夹"
        case .tooManyLinks: return "符号链接层数过多（可能成环）"
        case .nameTooLong: return "文件名过长"
        case .exists: return "已存在"
        case .folderNotEmpty: return "文件夹不是空的"
        case .inputOutput: return "读写出错（磁盘可能有问题）"
        case .brokenPipe: return "接收输出的程序已退出"
        case .other: return description
        }
    }
}
