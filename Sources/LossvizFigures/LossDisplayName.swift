/// How figures write a loss's name in titles and legends: the spelling of the
/// loss's paper (`"giou"` is "GIoU", `"alpha-iou"` is "α-IoU").
public enum LossDisplayName {
    /// The printed names of the catalogue losses whose spelling differs from
    /// their command-line name.
    public static let table: [String: String] = [
        "iou": "IoU", "log-iou": "−ln IoU", "giou": "GIoU", "diou": "DIoU", "ciou": "CIoU", "eiou": "EIoU",
        "focal-eiou": "Focal-EIoU", "siou": "SIoU", "alpha-iou": "α-IoU", "wiou": "Wise-IoU", "mpdiou": "MPDIoU",
        "inner-iou": "Inner-IoU", "focaler-iou": "Focaler-IoU", "shape-iou": "Shape-IoU", "unitbox": "UnitBox",
        "l1": "L1", "l2": "L2", "smooth-l1": "Smooth L1", "huber": "Huber", "focal-l1": "Focal L1",
        "bce": "BCE", "ce": "CE", "focal": "Focal", "seesaw": "Seesaw",
    ]

    /// The printed name of the loss called `name` (the name itself if the table lacks it).
    public static func of(_ name: String) -> String { table[name] ?? name }
}
