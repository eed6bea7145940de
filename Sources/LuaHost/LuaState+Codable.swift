extension LuaState {
    /// An `Encodable` value as a Lua table (keys in snake_case).
    public func value<T: Encodable>(encoding value: T, encoder: LuaDataEncoder = LuaDataEncoder()) throws -> LuaValue {
        try self.value(try encoder.encode(value))
    }

    /// A Lua value (usually a table) decoded into a Swift type (keys read from snake_case).
    public func decode<T: Decodable>(_ type: T.Type, from value: LuaValue, decoder: LuaDataDecoder = LuaDataDecoder()) throws(LuaDecodingError) -> T {
        let data: LuaData
        do throws(LuaError) {
            data = try value.detached()
        } catch {
            throw LuaDecodingError(message: error.message)
        }
        return try decoder.decode(type, from: data)
    }
}
