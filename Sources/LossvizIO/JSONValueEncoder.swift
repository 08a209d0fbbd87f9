/// Turns any `Encodable` into a `JSONValue`, so that every JSON lossviz writes
/// goes through the one writer: object keys sorted (as `JSONEncoder`'s
/// `.sortedKeys`), numbers in shortest round-trip form, non-finite numbers as
/// the strings "inf", "-inf", "nan".
extension JSONValue {
    /// The JSON document of `value`.
    public init(encoding value: some Encodable) throws {
        let node = JSONNode()
        try value.encode(to: NodeEncoder(node: node, codingPath: []))
        self = node.value
    }
}

/// A value being encoded: empty, a finished scalar, an object or an array.
private final class JSONNode {
    enum Content {
        case empty
        case scalar(JSONValue)
        case object([String: JSONNode])
        case array([JSONNode])
    }

    var content = Content.empty

    var value: JSONValue {
        switch content {
        case .empty: return .null
        case let .scalar(value): return value
        case let .object(members): return .object(members.keys.sorted().map { ($0, members[$0]!.value) })
        case let .array(elements): return .array(elements.map(\.value))
        }
    }

    /// The scalar for the standard library's primitive types, nil for anything else.
    static func scalar(_ value: some Encodable) -> JSONValue? {
        switch value {
        case let value as Bool: return .bool(value)
        case let value as String: return .string(value)
        case let value as Double: return .number(value)
        case let value as Float: return .number(Double(value))
        case let value as UInt64: return .unsignedInteger(value)
        case let value as any BinaryInteger: return Int(exactly: value).map(JSONValue.integer) ?? .unsignedInteger(UInt64(truncatingIfNeeded: value))
        default: return nil
        }
    }

    /// Encodes `value` into this node.
    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        if let scalar = Self.scalar(value) {
            content = .scalar(scalar)
        } else {
            try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }
}

private struct NodeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object = node.content {} else { node.content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array = node.content {} else { node.content = .array([]) }
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey]

    private func child(_ key: Key) -> JSONNode {
        guard case var .object(members) = node.content else { return JSONNode() }
        let child = JSONNode()
        members[key.stringValue] = child
        node.content = .object(members)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try child(key).encode(value, codingPath: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node, codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]
    var count: Int {
        guard case let .array(elements) = node.content else { return 0 }
        return elements.count
    }

    private func append() -> JSONNode {
        guard case var .array(elements) = node.content else { return JSONNode() }
        let child = JSONNode()
        elements.append(child)
        node.content = .array(elements)
        return child
    }

    mutating func encodeNil() throws { append().content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try append().encode(value, codingPath: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: append(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: append(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: append(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: JSONNode
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.content = .scalar(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, codingPath: codingPath) }
}
