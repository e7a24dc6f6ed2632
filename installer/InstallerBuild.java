import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the application image and the system's installer with jpackage: {@code ./mvnw -Pinstaller package} runs
 * it after the jar, as {@code java installer/InstallerBuild.java --app-version 0.1.0 --jar target/audit-workbench.jar
 * --lib target/lib --out target/installer}. The jpackage options themselves live in {@code installer/jpackage/*.args};
 * this program only does what jpackage cannot: stage the input, pick the system's files, record the class list for
 * class-data sharing (Linux) and report sizes and times. One source file, so it runs without being built first.
 */
public final class InstallerBuild {

    static final String SMOKE_MARKER = "AWB-SMOKE: workbench shown";
    static final String CLASS_LIST = "audit-workbench.classlist";
    static final String CDS_SCRIPT = "make-cds-archive.sh";

    enum Os {
        LINUX("linux", "deb"), WINDOWS("windows", "msi"), MACOS("macos", "dmg");

        final String folder;
        final String installerType;

        Os(String folder, String installerType) {
            this.folder = folder;
            this.installerType = installerType;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MACOS : LINUX;
        }
    }

    private final Os os = Os.current();
    private final Map<String, String> options;
    private final Path out;
    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();

    private InstallerBuild(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(required("out")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        new InstallerBuild(options).run();
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private void run() throws Exception {
        String requested = options.getOrDefault("types", "default");
        List<String> types = List.of((requested.equals("default") ? "app-image," + os.installerType : requested)
                .split(","));
        String version = appVersion(required("app-version"));
        deleteRecursively(out);
        Path input = timed("stage input", this::stageInput);
        Path image = timed("app-image", () -> appImage(input, version));
        boolean classSharing = os == Os.LINUX && !"false".equals(options.get("cds"));
        if (classSharing) {
            timed("class list (training run)", () -> recordClassList(image));
        } else if (os == Os.LINUX) {
            // The launcher names the archive; without one of ours the JDK's stands in, else sharing would be off.
            Files.copy(image.resolve("lib/runtime/lib/server/classes.jsa"),
                    image.resolve("lib/app/audit-workbench.jsa"));
        }
        List<Path> packages = new ArrayList<>();
        for (String type : types) {
            if (!type.equals("app-image")) {
                packages.add(timed(type, () -> installer(type.strip(), image, version)));
            }
        }
        if (classSharing) {
            // After the installers: the archive holds this folder's paths, so it must not travel in a package.
            timed("CDS archive for the app-image", () -> {
                run(List.of("sh", image.resolve("lib/app").resolve(CDS_SCRIPT).toString()), Map.of(), 300);
                return null;
            });
        }
        report(image, packages);
    }

    /** jpackage wants plain numbers; macOS also wants the first one above zero (CFBundleVersion). */
    private String appVersion(String pomVersion) {
        String numeric = pomVersion.replaceFirst("[^0-9.].*$", "").replaceFirst("\\.$", "");
        if (os == Os.MACOS && numeric.startsWith("0.")) {
            String bundle = "1." + numeric.substring(2);
            System.out.println("macOS bundle versions start at 1: " + pomVersion + " is packaged as " + bundle);
            return bundle;
        }
        return numeric;
    }

    /**
     * The jar, its libraries and JavaFX's native libraries unpacked beside them, where JavaFX looks first: otherwise
     * it unpacks them at every start into ~/.openjfx, outside the data folder.
     */
    private Path stageInput() throws IOException {
        Path input = out.resolve("input");
        Path lib = Files.createDirectories(input.resolve("lib"));
        Files.copy(Path.of(required("jar")), input.resolve("audit-workbench.jar"));
        Path nativeFolder = os == Os.WINDOWS ? Files.createDirectories(input.resolve("bin")) : lib;
        try (Stream<Path> jars = Files.list(Path.of(required("lib")))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
                if (jar.getFileName().toString().startsWith("javafx-")) {
                    unpackNativeLibraries(jar, nativeFolder);
                }
            }
        }
        if (os == Os.LINUX) {
            Files.copy(Path.of("installer/linux", CDS_SCRIPT), input.resolve(CDS_SCRIPT));
        }
        return input;
    }

    private static void unpackNativeLibraries(Path jar, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (!name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private Path appImage(Path input, String version) throws IOException, InterruptedException {
        Path dest = out.resolve("jpackage-image");
        jpackage(List.of("--type", "app-image", "--input", input.toString(), "--dest", dest.toString(),
                "--app-version", version, "@installer/jpackage/app-image.args",
                "@installer/jpackage/" + os.folder + ".app-image.args"));
        // A folder name without spaces: JDK 17 does not share classes from jars whose path has a space.
        Path image = out.resolve("app-image");
        if (os == Os.MACOS) {
            Files.move(dest, image);
        } else {
            try (Stream<Path> made = Files.list(dest)) {
                Files.move(made.findFirst().orElseThrow(), image);
            }
            Files.delete(dest);
        }
        return image;
    }

    private Path installer(String type, Path image, String version) throws IOException, InterruptedException {
        Path dest = Files.createDirectories(out.resolve("packages"));
        Path appImage = os == Os.MACOS ? image.resolve("Audit Workbench.app") : image;
        jpackage(List.of("--type", type, "--app-image", appImage.toString(), "--dest", dest.toString(),
                "--app-version", version, "@installer/jpackage/package.args",
                "@installer/jpackage/" + os.folder + ".package.args"));
        try (Stream<Path> files = Files.list(dest)) {
            return files.filter(p -> p.getFileName().toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("jpackage wrote no ." + type));
        }
    }

    /**
     * Starts the image's own launcher on the sample workbench, as a first start does (the sample is written, then
     * opened), and records every class the start screen and the open workbench load. The .deb's postinst dumps the
     * archive from this list.
     */
    private Void recordClassList(Path image) throws IOException, InterruptedException {
        Path launcher = image.resolve("bin/Audit Workbench");
        Path classList = image.resolve("lib/app").resolve(CLASS_LIST);
        Path data = Files.createDirectories(out.resolve("training-data"));
        Map<String, String> before = snapshot(image);
        try (VirtualDisplay display = VirtualDisplay.start()) {
            Map<String, String> env = new HashMap<>(display.environment());
            env.put("XDG_DATA_HOME", data.toString());
            List<String> command = List.of(launcher.toString(), "gui", "--sample", "--smoke-test");
            env.put("JAVA_TOOL_OPTIONS", "'-XX:DumpLoadedClassList=" + classList + "'");
            requireMarker(run(command, env, 180), data.resolve("audit-workbench/logs/audit-workbench.log"));
        }
        if (!Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new IllegalStateException("the training run recorded no class list");
        }
        Map<String, String> after = snapshot(image);
        after.remove(image.relativize(classList).toString());
        if (!after.equals(before)) {
            throw new IllegalStateException("the application wrote into its installation folder");
        }
        return null;
    }

    private static void requireMarker(String output, Path log) throws IOException {
        if (!output.contains(SMOKE_MARKER)) {
            throw new IllegalStateException("the training run did not show the workbench:\n" + output
                    + "\nThe application's log:\n" + (Files.exists(log) ? Files.readString(log) : "(none)"));
        }
    }

    private void jpackage(List<String> arguments) throws IOException, InterruptedException {
        Path tool = Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "jpackage.exe" : "jpackage");
        List<String> command = new ArrayList<>(List.of(tool.toString()));
        command.addAll(arguments);
        if (options.containsKey("verbose")) {
            command.add("--verbose");
        }
        System.out.println(run(command, Map.of(), 900));
    }

    /** Runs a command, returns what it printed; fails on a non-zero exit or after the timeout. */
    static String run(List<String> command, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> output.append(line).append('\n'));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        reader.join();
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                    + output);
        }
        return output.toString();
    }

    /** A step that can fail with a checked exception. */
    interface Step<T> {
        T run() throws Exception;
    }

    private <T> T timed(String name, Step<T> step) throws Exception {
        long begin = System.nanoTime();
        T result = step.run();
        timings.put(name, (System.nanoTime() - begin) / 1_000_000);
        return result;
    }

    private void report(Path image, List<Path> packages) throws IOException {
        System.out.println("Installer build (" + os.folder + "):");
        timings.forEach((step, ms) -> System.out.printf("  %-34s %6.1f s%n", step, ms / 1000.0));
        System.out.printf("  %-34s %6.1f MB  %s%n", "app-image (folder)", size(image) / 1e6, image);
        for (Path file : packages) {
            System.out.printf("  %-34s %6.1f MB  %s%n", file.getFileName(), Files.size(file) / 1e6, file);
        }
    }

    static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Every file under a folder with its size and modification time: to prove a run wrote nothing there. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                // A folder's own time changes with any file made in it; the files themselves tell what changed.
                files.put(folder.relativize(file).toString(), attributes.isDirectory() ? "folder"
                        : attributes.size() + " " + attributes.lastModifiedTime().toMillis());
            }
        }
        return files;
    }

    /** A private Xvfb on a display it picks itself, for runs that need a window on a machine without a desktop. */
    static final class VirtualDisplay implements AutoCloseable {
        private final Process xvfb;
        private final Map<String, String> environment;

        private VirtualDisplay(Process xvfb, Map<String, String> environment) {
            this.xvfb = xvfb;
            this.environment = environment;
        }

        /** Xvfb writes the number of the free display it took to the given descriptor: no guessing, no races. */
        static VirtualDisplay start() throws IOException {
            Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten",
                    "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(
                    new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (number == null || !number.strip().matches("\\d+")) {
                xvfb.destroy();
                throw new IllegalStateException("Xvfb did not start (is the xvfb package installed?)");
            }
            return new VirtualDisplay(xvfb, Map.of("DISPLAY", ":" + number.strip()));
        }

        Map<String, String> environment() {
            return environment;
        }

        @Override
        public void close() throws InterruptedException {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
