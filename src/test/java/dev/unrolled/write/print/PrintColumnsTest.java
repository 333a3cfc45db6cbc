package dev.unrolled.write.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PrintColumnsTest {
    private final PrintColumns print = new PrintColumns(true);

    @Test
    void aColumnIsAsWideAsItsWidestTextThatCannotWrap() {
        // DejaVu Sans advances: − 0.84 em, 0 0.64, . 0.32, 9 0.64, 1 0.64
        assertEquals(0.84 + 0.64 + 0.32 + 3 * 0.64, PrintColumns.unbreakable("−0.991"), 1e-9);
        assertEquals(PrintColumns.unbreakable("function"), PrintColumns.unbreakable("function word"), 1e-9);
        assertEquals(1, PrintColumns.unbreakable("功能词"), 1e-9, "Chinese wraps between characters");
        // the heading is bold (a tenth wider), every cell padded by 4 pt on each side, text at 8.5 pt
        assertEquals(PrintColumns.unbreakable("feature10") * 1.1 * 8.5 + 8,
                print.width(List.of("0.5", "−0.25"), "feature10"), 1e-9);
        assertEquals(PrintColumns.unbreakable("−0.25") * 8.5 + 8, print.width(List.of("0.5", "−0.25"), "f"), 1e-9);
    }

    @Test
    void webPagesAndTheExportKeepOneTable() {
        List<Double> wide = Collections.nCopies(40, 100.0);
        assertEquals(List.of(IntStream.range(0, 40).boxed().toList()), new PrintColumns(false).groups(wide, 50));
    }

    @Test
    void columnsAreSplitIntoAsFewGroupsOfNearlyEqualCountAsFit() {
        // A4 less 17 mm margins is 498.9 pt; 21 columns of 40 pt beside 31 pt of labels: 11 fit, so two groups
        assertEquals(List.of(IntStream.range(0, 11).boxed().toList(), IntStream.range(11, 21).boxed().toList()),
                print.groups(Collections.nCopies(21, 40.0), 31));
        assertEquals(List.of(IntStream.range(0, 11).boxed().toList()), print.groups(Collections.nCopies(11, 40.0), 31));
        // a column that cannot share the page stands alone
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), print.groups(List.of(300.0, 300.0, 300.0), 31));
    }

    /** Every column in exactly one group, in order, and every group of more than one column fits beside the labels. */
    @Property
    void groupsCoverEveryColumnOnceInOrderAndFit(
            @ForAll @Size(max = 100) List<@DoubleRange(min = 10, max = 600) Double> widths,
            @ForAll @DoubleRange(min = 0, max = 200) double labels) {
        List<List<Integer>> groups = print.groups(widths, labels);
        List<Integer> seen = new ArrayList<>();
        for (List<Integer> group : groups) {
            seen.addAll(group);
            double sum = group.stream().mapToDouble(widths::get).sum();
            assertTrue(group.size() == 1 || sum <= PrintColumns.PAGE - labels, group + " " + sum);
        }
        assertEquals(IntStream.range(0, widths.size()).boxed().toList(), seen);
    }
}
