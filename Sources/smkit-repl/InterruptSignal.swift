import LuaHost
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C: stops the running Lua call, or ends the line being edited.
///
/// The handler only stores two flags (an atomic store inside LuaHost's
/// runtime, and a counter), which is all a signal handler may safely do;
/// the count hook raises the error inside Lua at its next check. It never
/// exits, so Ctrl-C at an empty prompt is harmless.
enum InterruptSignal {
    nonisolated(unsafe) static var handle: LuaInterruptHandle?
    nonisolated(unsafe) static var count: sig_atomic_t = 0

    static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in
            InterruptSignal.count &+= 1
            InterruptSignal.handle?.interrupt()
        }
        #else
        action.__sigaction_u.__sa_handler = { _ in
            InterruptSignal.count &+= 1
            InterruptSignal.handle?.interrupt()
        }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: a blocking read returns, so the prompt can start over
        sigaction(SIGINT, &action, nil)
        // A parent may have started us with SIGINT blocked; Ctrl-C must reach the handler.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// True (and reset) when Ctrl-C was pressed since the last call.
    static func take() -> Bool {
        defer { count = 0 }
        return count != 0
    }
}
