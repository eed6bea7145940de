import ArgumentParser
import Foundation
import StrategyDocuments

/// What commands write, to a file or standard output, with a failure turned into one line on
/// standard error and an exit status.
///
/// Every command's output goes through ``OutputWriter`` (files, atomically) or
/// ``StandardOutput`` (checked writes); none uses `print` or `FileHandle`, which ignore or
/// trap on write errors.
enum CommandOutput {
    /// Writes `text` to `path`, or to standard output when `path` is `nil` or `-`.
    ///
    /// On failure the error (which names the file or standard output, and why) goes to
    /// standard error and the command exits with `failureStatus`.
    static func emit(_ text: String, to path: String?, force: Bool = false, failureStatus: Int32 = 1) throws(ExitCode) {
        try emit(Data(text.utf8), to: path, force: force, failureStatus: failureStatus)
    }

    /// Writes bytes to `path`, or to standard output when `path` is `nil` or `-`.
    static func emit(_ data: Data, to path: String?, force: Bool = false, failureStatus: Int32 = 1) throws(ExitCode) {
        do {
            try OutputWriter(force: force).emit(data, to: path)
        } catch {
            StandardError.write(error.description)
            throw ExitCode(failureStatus)
        }
    }

    /// Writes one line to standard output, as `print` would, but checked.
    static func line(_ text: String, failureStatus: Int32) throws(ExitCode) {
        try emit(text + "\n", to: nil, failureStatus: failureStatus)
    }
}
