import Foundation

/// Small file-system questions, kept in one place so model files need no Foundation.
enum FileSystemProbe {
    /// Whether a regular file (or a link to one) exists at the path.
    static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }
}
