import Foundation
import Glibc
import Testing

/// The REPL in a real terminal: tmux runs the binary in a pty, the test types
/// keys and reads the screen (line editing, history, Tab, Ctrl-C, Ctrl-D).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: the terminal tests need it"))
struct REPLTerminalTests {
    @Test func editsNonASCIITextByCharacter() throws {
        let tmux = try TmuxSession()
        defer { tmux.stop() }
        try tmux.waitForPrompt()
        tmux.type("s = \"hé")
        tmux.keys("BSpace")
        tmux.type("e\"")
        tmux.keys("Enter")
        try tmux.runLine("s", expecting: "\"he\"")
        try tmux.runLine("#s", expecting: "\n2")
        tmux.type("w = \"wrld\"")
        tmux.keys("Left", "Left", "Left", "Left")
        tmux.type("ö")
        tmux.keys("Enter")
        try tmux.runLine("w", expecting: "\"wörld\"")
    }

    @Test func historyIsKeptBetweenSessions() throws {
        let home = try TemporaryDirectory()
        let first = try TmuxSession(home: home.url)
        defer { first.stop() }
        try first.waitForPrompt()
        try first.runLine("answer = 42", expecting: "> answer = 42")
        first.type("for i = 1, 2 do")
        first.keys("Enter")
        try first.waitFor(">>")
        try first.runLine("n = (n or 0) + i end", expecting: "end")
        first.keys("C-d")
        try first.waitFor("EXITED=0")
        let file = home.url.appendingPathComponent("state/smkit/history").path
        #expect(FileManager.default.fileExists(atPath: file))

        let second = try TmuxSession(home: home.url)
        defer { second.stop() }
        try second.waitForPrompt()
        second.keys("Up")
        second.keys("Enter")
        try second.runLine("n", expecting: "3")
        // The repeated chunk was not stored twice, so three steps back is the first line.
        second.keys("Up", "Up", "Up")
        second.keys("Enter")
        try second.runLine("answer", expecting: "42")
    }

    @Test func tabCompletesFieldsAndListsMethods() throws {
        let tmux = try TmuxSession()
        defer { tmux.stop() }
        try tmux.waitForPrompt()
        tmux.type("string.up")
        tmux.keys("Tab")
        try tmux.waitFor("> string.upper")
        tmux.type("('ok')")
        tmux.keys("Enter")
        try tmux.waitFor("\"OK\"")
        tmux.type("io.stdout:se")
        tmux.keys("Tab", "Tab")
        try tmux.waitFor("io.stdout:setvbuf")
        #expect(tmux.screen().contains("io.stdout:seek"))
    }

    @Test func multiLineInputContinuesOnTheSecondPrompt() throws {
        let tmux = try TmuxSession()
        defer { tmux.stop() }
        try tmux.waitForPrompt()
        tmux.type("function twice(x)")
        tmux.keys("Enter")
        try tmux.waitFor(">>")
        tmux.type("return 2 * x")
        tmux.keys("Enter")
        tmux.type("end")
        tmux.keys("Enter")
        try tmux.runLine("twice(21)", expecting: "42")
    }

    @Test func ctrlCStopsARunningLoopAndCtrlDExits() throws {
        let tmux = try TmuxSession()
        defer { tmux.stop() }
        try tmux.waitForPrompt()
        tmux.type("while true do end")
        tmux.keys("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        tmux.keys("C-c")
        try tmux.waitFor("interrupted")
        tmux.type("coroutine.wrap(function() while true do end end)()")
        tmux.keys("Enter")
        Thread.sleep(forTimeInterval: 0.5)
        tmux.keys("C-c")
        try tmux.waitFor("interrupted", count: 2)
        // Ctrl-C at an empty prompt, twice, does no harm.
        tmux.keys("C-c")
        tmux.keys("C-c")
        try tmux.runLine("1 + 1", expecting: "2")
        tmux.keys("C-d")
        try tmux.waitFor("EXITED=0")
    }
}

/// A private tmux server running `smkit-repl` in a fixed-size window.
final class TmuxSession {
    static let isAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
        || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")

    private let socket = "smkit-test-\(UUID().uuidString.prefix(8))"
    private let ownHome: TemporaryDirectory?
    /// Longer waits on CI machines, as fish-shell's tmux tests do.
    private let timeout: TimeInterval = ProcessInfo.processInfo.environment["CI"] == nil ? 10 : 30

    /// Starts the REPL with HOME and XDG_STATE_HOME inside `home` (a fresh folder when nil).
    init(home: URL? = nil) throws {
        let own = home == nil ? try TemporaryDirectory() : nil
        ownHome = own
        let root = (home ?? own!.url).path
        let binary = BuiltBinary.productsDirectory.appendingPathComponent("smkit-repl").path
        // The pane's shell ignores SIGINT: Ctrl-C reaches its whole process group, and libedit's
        // handler sends each one to the group again (kill(0, SIGINT)). One full run lost the
        // pane after Ctrl-C (an empty screen), as if the shell had died of one. The REPL sets
        // its own handler, so it still gets every Ctrl-C.
        let command = "trap '' INT; env -i HOME='\(root)' XDG_STATE_HOME='\(root)/state' TERM=xterm-256color LANG=C.UTF-8 "
            + "NO_COLOR=1 '\(binary)'; echo EXITED=$?; sleep 60"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", command])
    }

    deinit { stop() }

    /// Ends the tmux server and with it the REPL.
    func stop() { _ = try? tmux(["kill-server"]) }

    /// Types literal text (no key names interpreted).
    func type(_ text: String) { try? tmux(["send-keys", "-t", "repl", "-l", text]) }

    /// Presses named keys (`Enter`, `Tab`, `C-c`, `Up`).
    func keys(_ names: String...) { try? tmux(["send-keys", "-t", "repl"] + names) }

    /// The visible screen.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "repl"], capture: true)) ?? "" }

    /// Polls the screen until `text` appears at least `count` times, or fails after the timeout.
    func waitFor(_ text: String, count: Int = 1) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen().components(separatedBy: text).count - 1 >= count { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(text.debugDescription); screen:\n\(screen())")
        throw TmuxTimeout()
    }

    /// Waits until the last non-empty line is the empty primary prompt.
    func waitForPrompt() throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let lines = screen().split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.last == ">" { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for the prompt; screen:\n\(screen())")
        throw TmuxTimeout()
    }

    /// Types a line, presses Enter, and waits until `expecting` shows and the prompt is back.
    func runLine(_ line: String, expecting: String) throws {
        type(line)
        keys("Enter")
        try waitFor(expecting)
        try waitForPrompt()
    }

    /// Marks every open descriptor above 2 close-on-exec (this module's glibc
    /// import lacks `posix_spawn_file_actions_addclosefrom_np`).
    private static func closeDescriptorsOnExec() {
        guard let directory = opendir("/proc/self/fd") else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if let fd = Int32(name), fd > 2 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
    }

    /// Runs a tmux client and returns what it printed.
    ///
    /// Spawned directly with every descriptor above 2 closed: the server that
    /// `new-session` starts would otherwise inherit Foundation's descriptors
    /// for watching child processes and keep `Process.waitUntilExit` waiting.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = false) throws -> String {
        var pipe: [Int32] = [-1, -1]
        guard Glibc.pipe(&pipe) == 0 else { throw TmuxTimeout() }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        Self.closeDescriptorsOnExec()
        let argv = (["tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block signals; a server started with that mask
        // would hand it to the REPL, and Ctrl-C would never arrive.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        close(pipe[1])
        defer { close(pipe[0]) }
        guard spawned == 0 else { throw TmuxTimeout() }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while capture {
            let n = read(pipe[0], &buffer, buffer.count)
            if n <= 0 { break }
            output += buffer[..<n]
        }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return String(decoding: output, as: UTF8.self)
    }
}

struct TmuxTimeout: Error {}
