package archfixtures.frameworkindomain.shop.domain;

import org.springframework.stereotype.Component;

/** Broken: a domain class that depends on Spring. */
@Component
public class Order {
}
