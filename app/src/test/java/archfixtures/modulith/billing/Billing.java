package archfixtures.modulith.billing;

public class Billing {
}
