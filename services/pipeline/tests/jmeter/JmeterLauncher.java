// Starts JMeter 2.13 (Debian's `jmeter` package) so it can read test plans:
// Debian ships it with XStream 1.4.20, whose security framework refuses
// every class it was not told to allow, and JMeter 2.13 predates that and
// allows none ("ForbiddenClassException: org.apache.jmeter.save.ScriptWrapper").
// This launcher loads JMeter's properties and save service through JMeter's
// own class loader, allows its two XStream instances every type (JMeter's
// plans and results are the project's own test files), then runs JMeter's
// usual entry point with the given arguments. Used by the pipeline
// service's jmeter connector test only; built by scripts/dev-tools.sh.

import java.lang.reflect.Field;

public final class JmeterLauncher {
    private JmeterLauncher() {}

    public static void main(String[] args) throws Exception {
        Class<?> driver = Class.forName("org.apache.jmeter.NewDriver");
        Field field = driver.getDeclaredField("loader");
        field.setAccessible(true);
        ClassLoader loader = (ClassLoader) field.get(null);
        Thread.currentThread().setContextClassLoader(loader);
        String home = System.getProperty("jmeter.home");
        Class<?> utils = Class.forName("org.apache.jmeter.util.JMeterUtils", true, loader);
        utils.getMethod("setJMeterHome", String.class).invoke(null, home);
        utils.getMethod("loadJMeterProperties", String.class)
            .invoke(null, home + "/bin/jmeter.properties");
        Class<?> save = Class.forName("org.apache.jmeter.save.SaveService", true, loader);
        for (String name : new String[] {"JMXSAVER", "JTLSAVER"}) {
            Field saver = save.getDeclaredField(name);
            saver.setAccessible(true);
            ((com.thoughtworks.xstream.XStream) saver.get(null))
                .addPermission(com.thoughtworks.xstream.security.AnyTypePermission.ANY);
        }
        driver.getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
