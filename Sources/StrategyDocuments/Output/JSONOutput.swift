import Foundation

/// Encodes the JSON outputs of the commands: indented, through the one streaming encoder
/// (declaration order, dictionary keys sorted), so output diffs stay small and stable.
public enum JSONOutput {
    public static func encode(_ value: some Encodable) -> String {
        // Every model here is plain data; encoding cannot fail (non-finite numbers become strings).
        guard let data = try? StreamingJSONEncoder(indented: true).encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self)
    }
}
