// Writes an HTML page (JohnSundell/Plot) that lists the GIoU loss of a box
// pair computed by lossviz, and checks that a lossviz figure can be built in
// the same program.
import LossvizLosses
import LossvizPlot
import Plot

let prediction = Box(x1: 0, y1: 0, x2: 2, y2: 2)
let target = Box(x1: 1, y1: 1, x2: 3, y2: 3)
let giou = GeneralizedIoULoss().evaluate(prediction: prediction, target: target).value

var figure = Figure(width: 4, height: 3)
figure[0].line(x: [0, 1], y: [giou, giou], label: "GIoU")

let page = HTML(.body(.h1("GIoU loss"), .p("\(giou)")))
print(page.render())
