package org.defendersdays.sharedkernel.web;

/**
 * The query string a rendered page stands for, when that is not the request's own. A page that is
 * rendered once and kept for many visitors (the public programme) sets this request attribute to the
 * canonical form of what it was built from (already URL-encoded, without {@code lang}; empty for none)
 * before rendering, so links derived from the query, such as the language switch's, are the same for
 * everyone who is served that kept page, whatever else their own address carried.
 */
public final class PageQuery {

    /** Request attribute holding the page's canonical query string (a {@code String}). */
    public static final String ATTRIBUTE = PageQuery.class.getName() + ".QUERY";

    private PageQuery() {
    }
}
