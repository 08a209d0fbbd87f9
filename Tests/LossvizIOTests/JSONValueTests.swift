import Foundation
import LossvizIO
import Testing

/// The one JSON writer: compact ordered documents and indented, key-sorted
/// documents of any `Encodable`, numbers in shortest round-trip form.
@Suite struct JSONValueTests {
    struct Sample: Encodable {
        var zeta = [1.0, 0.1, .infinity]
        var alpha = "a\"b\n"
        var flag = true
        var count = 3
        var nested: [String: Double?] = ["b": nil, "a": .nan]
    }

    @Test func encodableDataIsSortedIndentedAndRoundTrips() throws {
        let text = try JSONValue(encoding: Sample()).prettyText
        #expect(text == """
            {
              "alpha": "a\\"b\\n",
              "count": 3,
              "flag": true,
              "nested": {
                "a": "nan",
                "b": null
              },
              "zeta": [
                1.0,
                0.1,
                "inf"
              ]
            }

            """)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }

    @Test func compactTextKeepsTheGivenOrder() {
        let value = JSONValue.object([("b", .numbers([1e-7, 6632000])), ("a", .array([])), ("seed", .unsignedInteger(.max))])
        #expect(value.text == "{\"b\":[1e-07,6632000.0],\"a\":[],\"seed\":18446744073709551615}\n")
    }
}
