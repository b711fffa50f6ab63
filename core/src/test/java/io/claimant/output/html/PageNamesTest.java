package io.claimant.output.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageNamesTest {

    @Test
    void idsWithFoldersBecomeFlatNamesInsideTheFolder() {
        PageNames names = new PageNames();
        assertEquals("dev__a-bus-depot.html", names.nameFor("dev/a-bus-depot.txt"));
        assertEquals("_.__..__etc__passwd.html", names.nameFor("../../etc/passwd"));
        assertEquals("stdin.html", names.nameFor("-"));
        assertEquals("x_img_src_x_onerror_alert_1__.html", names.nameFor("x<img src=x onerror=alert(1)>.txt"));
    }

    @Test
    void namesStayUniqueIgnoringCaseAndNeverTakeTheIndex() {
        PageNames names = new PageNames();
        names.nameFor("index");
        assertEquals("index-2.html", names.nameFor("index.txt"));
        assertEquals("a__b.html", names.nameFor("a/b.txt"));
        assertEquals("a__b-2.html", names.nameFor("a__b.txt"));
        assertEquals("A__B-3.html", names.nameFor("A/B.txt"));
        assertTrue(names.nameFor("\uD83D\uDE00.txt").matches("[A-Za-z0-9._-]+\\.html"));
    }
}
