import ArgumentParser
import Foundation
import LossvizLosses
import LossvizIO

extension Lossviz {
    /// `lossviz eval`: values and gradients of a loss for every row of a CSV file;
    /// the work is `LossTableEvaluator`'s.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Evaluate a loss and its gradient on every row of a CSV table.",
            discussion: """
                Reads CSV (a header line, then one row per case) and writes CSV: a header
                line, then one row per input row, in the same order. Input columns may come
                in any order.

                Columns by kind of loss:
                  box losses, --box-format xyxy (default)
                    in:  px1,py1,px2,py2,tx1,ty1,tx2,ty2   out: loss,d_px1,d_py1,d_px2,d_py2
                  box losses, --box-format cxcywh
                    in:  pcx,pcy,pw,ph,tcx,tcy,tw,th       out: loss,d_pcx,d_pcy,d_pw,d_ph
                  element-wise (l1, l2, smooth-l1, huber, focal-l1)
                    in:  x                                 out: loss,d_x
                  bce, focal
                    in:  logit,target                      out: loss,d_logit
                  ce, seesaw
                    in:  label,z0,z1,...                   out: loss,d_z0,d_z1,...
                  unitbox (distances from a pixel to the top, bottom, left, right sides)
                    in:  pt,pb,pl,pr,tt,tb,tl,tr           out: loss,d_pt,d_pb,d_pl,d_pr

                d_* is the derivative of the loss with respect to that input column under
                the gradient convention (autograd: what PyTorch's backward() gives).
                Numbers are written in the shortest form that reads back exactly (0.5,
                1e-07, 3.0). An infinite loss is written inf (log-iou of boxes that do not
                overlap); an undefined derivative is written nan (its gradient there).

                CSV follows RFC 4180: a field may be quoted ("a,b", with "" for a quote);
                rows end with \\n or \\r\\n; spaces and tabs around a field are dropped; an
                empty line is a row (of one empty field), never skipped. Columns the loss
                does not read are an error unless --extra-columns ignore (drop them) or
                pass (copy them, in input order, before the output columns), e.g. the
                unnamed index column of a pandas to_csv file.

                Non-finite results: box losses that do not change when both boxes are
                scaled (all but mpdiou) are computed on both boxes scaled by a power of two
                when a result overflows or underflows (corners near 1e155 or 1e-160), and
                the gradient is scaled back, so finite input gets a finite answer wherever
                one exists. A row whose loss or derivative is still NaN (with a finite
                loss) is rejected, naming the line and the column of largest magnitude;
                lossviz never writes nan for finite input except as the derivative of an
                infinite loss.

                Bad input - a missing or unknown column, a value that is not a finite
                number, a box with x2 <= x1 or y2 <= y1 (w, h <= 0), a label out of range,
                a binary target outside [0, 1], a NUL byte, text that is not UTF-8 - stops
                with one line on standard error naming the line and column, exit status 1,
                and no output file (an existing one is left as it was). Input is read as
                a stream, up to 16,384 rows (4 MiB) at a time, so memory stays bounded
                whatever the number of rows; on standard output the rows of earlier
                chunks are already written when a later row is bad. A run longer than a
                second shows its progress on standard error when that is a terminal: the
                share of the input file read, or the elapsed time when reading a pipe.

                A mistake in the options (an unknown loss, an option the loss does not
                have) is exit status 64. See docs/losses.md for the losses and their
                options, docs/cli.md for the command line.

                Examples:
                  printf 'x\\n-2\\n0.5\\n' | lossviz eval smooth-l1 --beta 1
                  lossviz eval giou --input pairs.csv
                  lossviz eval ciou --alpha-gate --input pairs.csv --output ciou.csv
                  lossviz eval giou --gradient reference < pairs.csv > giou.csv
                  lossviz eval focal --gamma 0.5 --input logits.csv
                  lossviz eval seesaw --class-counts 100,10,1 --input scores.csv
                """
        )

        @Argument(help: "The loss, e.g. ciou. \(LossNames.values)", completion: LossNames.completion,
                  transform: LossNames.single)
        var loss: String

        @Option(help: "CSV file to read, or - for standard input.", completion: .file(extensions: ["csv"]))
        var input = "-"

        @Option(help: "CSV file to write, or - for standard output.", completion: .file(extensions: ["csv"]))
        var output = "-"

        @Option(help: "Gradient convention (reference: iou, giou, diou, ciou only).")
        var gradient: GradientConvention = .autograd

        @Option(name: .customLong("box-format"), help: "Box columns: corners (xyxy) or centre and size (cxcywh).")
        var boxFormat: BoxFormat = .xyxy

        @OptionGroup(title: "Loss options")
        var options: LossOptionArguments

        @Option(name: .customLong("extra-columns"), help: "Columns the loss does not read: fail, drop them, or copy them before the output columns.")
        var extraColumns: ExtraColumns = .error

        @Option(help: "Worker threads for the rows (1 to 64).")
        var threads = 2

        /// The loss with its options, the convention and the columns, checked
        /// before any input is read.
        func validate() throws {
            try UsageCheck.run {
                guard threads >= 1 else { throw SweepCommandError.tooSmall(option: "threads", value: threads, minimum: 1) }
                guard threads <= 64 else { throw SweepCommandError.tooLarge(option: "threads", value: threads, maximum: 64) }
                try evaluator().checkSettings()
            }
        }

        /// The evaluator of the options.
        func evaluator() throws -> LossTableEvaluator {
            LossTableEvaluator(loss: try LossCatalogue.make(loss, options: options.lossOptions()), boxFormat: boxFormat,
                               gradient: gradient, extraColumns: extraColumns, threads: threads)
        }

        func run() throws {
            let evaluator = try evaluator()
            let reader: CSVReader
            do { reader = try CSVReader(path: input) } catch { throw EvalInputError.input(error) }
            let file: OutputFile
            do { file = try OutputFile(path: output) } catch { throw EvalInputError.output(error) }
            // A bar by the share of the input file read; the elapsed time for a pipe.
            let bar = ProgressBar(label: "eval")
            bar.start()
            do {
                defer { bar.finish() }
                try evaluator.evaluate(reader) { bytes throws(OutputError) in
                    try file.write(bytes)
                    if let size = reader.byteCount { bar.update(done: reader.bytesRead, total: size) }
                }
            }
            do { try file.commit() } catch { throw EvalInputError.output(error) }
        }
    }
}

extension GradientConvention: ExpressibleByArgument {}
extension BoxFormat: ExpressibleByArgument {}
extension ExtraColumns: ExpressibleByArgument {}
