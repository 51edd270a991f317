package archfixtures.publicadapter.shop.adapter.in.web;

/** Broken: a public adapter. */
public class ShopController {
}
