import Foundation
import Testing
@testable import StrategyScripting

@Suite("Plugin installation: hashing and archive entries", .timeLimit(.minutes(1)))
struct PluginInstallUnitTests {
    /// The example vectors of FIPS 180-4 (NIST's SHA-256 examples).
    @Test func sha256MatchesTheFIPSExamples() {
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Fed in pieces across block boundaries, the same.
        var hasher = SHA256()
        for _ in 0 ..< 1000 { hasher.update(Array("a".utf8)) }
        #expect(hasher.finalizeHex() == SHA256.hex(of: [UInt8](repeating: 0x61, count: 1000)))
        #expect(SHA256.hex(of: [UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func theDigestHashesTheSortedListLikeSha256sum() {
        let files = ["b.lua": String(repeating: "1", count: 64), "a.lua": String(repeating: "2", count: 64)]
        let listing = "\(files["a.lua"]!)  a.lua\n\(files["b.lua"]!)  b.lua\n"
        #expect(PluginLockEntry.digest(of: files) == SHA256.hex(of: Array(listing.utf8)))
    }

    static func entry(_ name: String, _ kind: TarReader.Entry.Kind = .file) -> TarReader.Entry {
        TarReader.Entry(name: name, kind: kind, data: kind == .file ? Array("x".utf8) : [])
    }

    @Test func aTopFolderIsThePlugin() throws {
        let package = try PluginPackage.assemble(source: "/a.tgz", entries: [
            Self.entry("./p", .directory), Self.entry("./p/plugin.yaml"), Self.entry("./p/init.lua"), Self.entry("p/tests/c.yaml"),
        ])
        #expect(package.prefix == "p/")
        #expect(Set(package.files.keys) == ["plugin.yaml", "init.lua", "tests/c.yaml"])
        #expect(package.directories == ["tests"])
        #expect(package.manifestDisplayPath == "/a.tgz/p/plugin.yaml")
    }

    @Test(arguments: [
        ("../evil.lua", "'..' leads out"), ("/etc/evil.lua", "an absolute path"), ("a/../../evil.lua", "'..' leads out"),
    ])
    func namesThatLeadOutAreRefused(name: String, why: String) {
        #expect {
            try PluginPackage.assemble(source: "/a.tgz", entries: [Self.entry("plugin.yaml"), Self.entry(name)])
        } throws: { error in
            let error = error as? PluginInstallError
            return error?.code == .hostileEntry && error?.message.contains("refused entry '\(name)': \(why)") == true
        }
    }

    @Test func linksAndDevicesAreRefused() {
        for kind in [TarReader.Entry.Kind.refused("a symbolic link to /etc/passwd"), .refused("a character device")] {
            #expect(throws: PluginInstallError.self) {
                try PluginPackage.assemble(source: "/a.tgz", entries: [Self.entry("plugin.yaml"), Self.entry("x", kind)])
            }
        }
    }

    @Test func tooManyEntriesAreRefused() {
        let entries = [Self.entry("plugin.yaml")] + (0 ..< PluginPackage.fileLimit).map { Self.entry("f\($0).lua") }
        #expect {
            try PluginPackage.assemble(source: "/a.tgz", entries: entries)
        } throws: { ($0 as? PluginInstallError)?.code == .tooLarge }
    }

    @Test func octalAndBase256SizesAreRead() {
        #expect(TarReader.number(Array("0000000017\0".utf8)[...]) == 15)
        #expect(TarReader.number([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0x00][...]) == 256)
        #expect(TarReader.number(Array("12x".utf8)[...]) == nil)
    }
}
