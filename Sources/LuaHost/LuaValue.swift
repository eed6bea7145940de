import CLua

/// A live Lua value: scalars by value, tables, functions and userdata by reference.
///
/// References keep their object alive in the state's registry until the last
/// copy of the reference is gone. Use `LuaData` for values that must outlive
/// or leave the state.
public enum LuaValue {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(LuaString)
    case table(LuaTable)
    case function(LuaFunction)
    case userdata(LuaUserdata)
    case lightUserdata(UnsafeMutableRawPointer?)
    case thread(LuaReference)

    /// The Lua type name (`nil`, `boolean`, `number`, `string`, `table`, ...).
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .userdata, .lightUserdata: "userdata"
        case .thread: "thread"
        }
    }

    public var isNil: Bool { if case .nil = self { true } else { false } }

    /// The string's text (lossy UTF-8) for strings, else `nil`; numbers are not converted.
    public var stringValue: String? { if case .string(let s) = self { s.description } else { nil } }

    /// The integer for integers and floats with an exact integer value.
    public var intValue: Int64? {
        switch self {
        case .integer(let i): i
        case .number(let d): Int64(exactly: d)
        default: nil
        }
    }

    /// The number as a Double for integers and floats.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    public var boolValue: Bool? { if case .boolean(let b) = self { b } else { nil } }
    public var tableValue: LuaTable? { if case .table(let t) = self { t } else { nil } }
    public var functionValue: LuaFunction? { if case .function(let f) = self { f } else { nil } }

    /// Lua truthiness: everything but `nil` and `false` is true.
    public var isTruthy: Bool {
        switch self {
        case .nil: false
        case .boolean(let b): b
        default: true
        }
    }

    /// Detaches the value from its state (tables are copied deeply; see ``LuaTable/detached()``).
    public func detached() throws(LuaError) -> LuaData {
        switch self {
        case .nil: .nil
        case .boolean(let b): .boolean(b)
        case .integer(let i): .integer(i)
        case .number(let d): .number(d)
        case .string(let s): .string(s)
        case .table(let t): try t.detached()
        case .function: .opaque("function")
        case .userdata(let u): .opaque("userdata: \(u.typeName ?? "?")")
        case .lightUserdata: .opaque("light userdata")
        case .thread: .opaque("thread")
        }
    }
}

extension LuaValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral
{
    public init(nilLiteral: ()) { self = .nil }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(LuaString(value)) }
}

extension LuaValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .table, .function, .userdata, .lightUserdata, .thread:
            "\(typeName)"
        default:
            (try? detached())?.description ?? typeName
        }
    }
}
