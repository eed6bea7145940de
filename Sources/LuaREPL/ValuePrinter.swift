public import LuaHost

/// Shows Lua values the way a person exploring wants to read them.
///
/// Tables are nested with sorted keys, the sequence part first and without
/// keys; short tables stay on one line. Tables met more than once (shared or
/// cyclic) are numbered on first sight, `<1>{ ... }`, and shown as
/// `<table 1>` afterwards, as inspect.lua does. Depth and the number of items
/// per table are capped. Contents are read with raw access, so printing runs
/// no `__index` or `__pairs`; only `__tostring` runs, as `print` would.
public struct ValuePrinter {
    /// Limits and layout.
    public struct Options: Sendable, Equatable {
        /// Levels of nested tables shown; deeper ones print as `{...}`.
        public var maxDepth: Int
        /// Entries shown per table; the rest are counted.
        public var maxItems: Int
        /// Characters of a string shown.
        public var maxStringLength: Int
        /// Line width a table must fit to stay on one line.
        public var width: Int
        public var style: TerminalStyle

        public init(
            maxDepth: Int = 4, maxItems: Int = 40, maxStringLength: Int = 2000, width: Int = 80,
            style: TerminalStyle = .plain
        ) {
            self.maxDepth = maxDepth
            self.maxItems = maxItems
            self.maxStringLength = maxStringLength
            self.width = width
            self.style = style
        }
    }

    public var options: Options
    let introspector: LuaIntrospector

    public init(introspector: LuaIntrospector, options: Options = Options()) {
        self.introspector = introspector
        self.options = options
    }

    /// Several results as lua.c separates them: tabs, or lines when one is multi-line.
    public func render(results: [LuaValue]) -> String {
        let context = Context(lua: introspector.lua)
        for value in results { count(value, depth: 0, context) }
        let pieces = results.map { render($0, depth: 0, context) }
        if pieces.allSatisfy({ $0.lines.count == 1 }) {
            return pieces.map { $0.lines[0] }.joined(separator: "\t")
        }
        return pieces.map { $0.lines.joined(separator: "\n") }.joined(separator: "\n")
    }

    /// One value.
    public func render(_ value: LuaValue) -> String { render(results: [value]) }

    // MARK: Pieces

    /// Rendered text: one or more lines; `width` is the visible width of a single line.
    struct Piece {
        var lines: [String]
        var width: Int

        init(_ plain: String, painted: String) {
            lines = [painted]
            width = plain.count
        }

        init(lines: [String]) {
            self.lines = lines
            width = lines.first?.count ?? 0
        }
    }

    /// Identity bookkeeping for one print: how often each table occurs and which ids were given.
    final class Context {
        let counts: LuaTable
        let ids: LuaTable
        var nextID: Int64 = 1

        init(lua: LuaState) {
            counts = lua.newTable()
            ids = lua.newTable()
        }
    }

    private func text(_ plain: String, _ role: TerminalStyle.Role) -> Piece {
        Piece(plain, painted: options.style.paint(plain, role))
    }

    // MARK: Counting (first pass)

    private func count(_ value: LuaValue, depth: Int, _ context: Context) {
        guard case .table(let table) = value else { return }
        let seen = context.counts.rawGet(value).intValue ?? 0
        context.counts.rawSet(value, .integer(seen + 1))
        guard seen == 0, depth < options.maxDepth, !hasToString(value) else { return }
        for (key, item) in table.pairs {
            count(key, depth: depth + 1, context)
            count(item, depth: depth + 1, context)
        }
    }

    private func hasToString(_ value: LuaValue) -> Bool {
        if case .nil = introspector.metafield(value, "__tostring") { return false }
        return true
    }

    // MARK: Rendering (second pass)

    private func render(_ value: LuaValue, depth: Int, _ context: Context) -> Piece {
        switch value {
        case .nil: return text("nil", .keyword)
        case .boolean(let b): return text(b ? "true" : "false", .keyword)
        case .integer(let i): return text(String(i), .number)
        case .number(let d): return text(introspector.describe(value) ?? String(d), .number)
        case .string(let s):
            let (quoted, omitted) = LuaQuoting.quote(s, limit: options.maxStringLength)
            var piece = text(quoted, .string)
            if omitted > 0 {
                let note = "...(\(omitted) more bytes)"
                piece.lines[0] += options.style.paint(note, .note)
                piece.width += note.count
            }
            return piece
        case .table(let table): return render(table: table, value: value, depth: depth, context)
        case .function:
            if let place = introspector.definition(of: value) { return text("function: \(place)", .note) }
            return text("function: builtin", .note)
        case .userdata, .lightUserdata, .thread:
            return described(value)
        }
    }

    /// A value through `tostring` (which uses `__tostring` and `__name`), split into lines.
    private func described(_ value: LuaValue) -> Piece {
        guard let text = introspector.describe(value) else {
            let name = introspector.metafield(value, "__name").stringValue ?? value.typeName
            return self.text("<\(name): __tostring failed>", .note)
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count == 1 { return Piece(text, painted: text) }
        return Piece(lines: lines)
    }

    private func render(table: LuaTable, value: LuaValue, depth: Int, _ context: Context) -> Piece {
        if hasToString(value) { return described(value) }
        var prefix = ""
        if (context.counts.rawGet(value).intValue ?? 0) > 1 {
            if let id = context.ids.rawGet(value).intValue { return text("<table \(id)>", .note) }
            context.ids.rawSet(value, .integer(context.nextID))
            prefix = "<\(context.nextID)>"
            context.nextID += 1
        }
        if let name = introspector.metafield(value, "__name").stringValue { prefix += name + " " }
        let entries = table.pairs
        if entries.isEmpty { return text(prefix + "{}", .note) }
        if depth >= options.maxDepth { return text(prefix + "{...}", .note) }

        let (sequence, rest) = Self.split(entries)
        var children: [Piece] = []
        for item in sequence.prefix(options.maxItems) {
            children.append(render(item, depth: depth + 1, context))
        }
        for (key, item) in rest.prefix(max(0, options.maxItems - sequence.count)) {
            let keyText = self.keyText(key, depth: depth, context)
            var child = render(item, depth: depth + 1, context)
            child.lines[0] = keyText + " = " + child.lines[0]
            child.width += keyText.count + 3
            children.append(child)
        }
        let hidden = entries.count - children.count
        if hidden > 0 { children.append(text("...(\(hidden) more)", .note)) }

        let inline = children.allSatisfy { $0.lines.count == 1 }
        let inlineWidth = prefix.count + 4 + children.reduce(0) { $0 + $1.width } + 2 * (children.count - 1)
        if inline && depth * 2 + inlineWidth <= options.width {
            let body = children.map { $0.lines[0] }.joined(separator: ", ")
            return Piece(lines: [prefix + "{ " + body + " }"])
                .withWidth(inlineWidth)
        }
        var lines = [prefix + "{"]
        for (index, child) in children.enumerated() {
            let comma = index < children.count - 1 ? "," : ""
            for (lineIndex, line) in child.lines.enumerated() {
                lines.append("  " + line + (lineIndex == child.lines.count - 1 ? comma : ""))
            }
        }
        lines.append("}")
        return Piece(lines: lines)
    }

    /// A key as Lua source would write it: `name`, `["two words"]`, `[1.5]`.
    private func keyText(_ key: LuaValue, depth: Int, _ context: Context) -> String {
        if case .string(let s) = key, let text = s.utf8String, LuaSyntax.isIdentifier(text) { return text }
        let piece = render(key, depth: depth + 1, context)
        return "[" + piece.lines.joined(separator: " ") + "]"
    }

    /// The sequence 1...n (values only), then the other entries in key order.
    static func split(_ entries: [(key: LuaValue, value: LuaValue)]) -> ([LuaValue], [(key: LuaValue, value: LuaValue)]) {
        var byIndex: [Int64: LuaValue] = [:]
        for (key, value) in entries {
            if case .integer(let i) = key, i >= 1 { byIndex[i] = value }
        }
        var sequence: [LuaValue] = []
        while let value = byIndex[Int64(sequence.count + 1)] { sequence.append(value) }
        let n = Int64(sequence.count)
        let rest = entries.filter { entry in
            if case .integer(let i) = entry.key, i >= 1, i <= n { return false }
            return true
        }
        return (sequence, rest.sorted { KeyOrder(key: $0.key) < KeyOrder(key: $1.key) })
    }
}

extension ValuePrinter.Piece {
    func withWidth(_ width: Int) -> Self {
        var copy = self
        copy.width = width
        return copy
    }
}
