package dev.httpstatus.check;

import dev.httpstatus.check.input.BadInputException;
import dev.httpstatus.check.model.Exchange;
import dev.httpstatus.check.model.Finding;
import dev.httpstatus.check.model.Skip;
import dev.httpstatus.check.report.SetAside;
import java.util.List;

/**
 * Where the results of reading one input go, in order: straight to the report in a serial run, into
 * the input's {@link InputChannel} in a parallel one.
 */
interface Results {

    /** One exchange checked, with its reported and set-aside findings. */
    void exchange(Exchange x, List<Finding> reported, List<SetAside> setAside);

    /** One entry skipped. */
    void skipped(Skip skip);

    /** The input could not be read to its end. */
    void badInput(BadInputException e);
}
