package archfixtures.crossmodule.billing;

public class Invoice {
}
