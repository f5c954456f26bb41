package dev.httpstatus.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Loads the catalog page in headless Chromium (Debian's chromium and chromium-driver), searches,
 * opens a card and saves screenshots at desktop and phone (390 px) width to server/target/browser/.
 * Skipped, saying why in the build output, when the browser is not installed.
 */
class CatalogPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "browser");

    static StatusServer server;
    static WebDriver browser;
    static Path profile;

    static String skipped;

    @BeforeAll
    static void start() throws IOException {
        if (!(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))) {
            skipped = "SKIPPED: headless Chromium not found (" + CHROMIUM + ", " + DRIVER
                    + "); install Debian's chromium and chromium-driver to run the catalog page browser test";
            // Surefire shows a skipped class as "Tests run: 0"; say why where the build output shows it.
            System.out.println("[WARNING] CatalogPageBrowserTest " + skipped);
            return;
        }
        server = StatusServer.start(ServerConfig.defaults().withPort(0));
        profile = Files.createTempDirectory("httpstatus-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1200,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @org.junit.jupiter.api.BeforeEach
    void needsTheBrowser() {
        assumeTrue(skipped == null, skipped);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1600));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void searchFiltersTheListAndACardOpens() throws IOException {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> d.findElements(By.cssSelector("li.code button.row")).size() > 50);
        int all = visibleCodes().size();
        assertThat(browser.findElements(By.cssSelector("section.group"))).hasSizeGreaterThanOrEqualTo(5);
        shot("catalog.png");

        browser.findElement(By.id("q")).sendKeys("teapot");
        wait.until(d -> visibleCodes().size() < all);
        List<WebElement> shown = visibleCodes();
        assertThat(shown).extracting(e -> e.getDomAttribute("data-code")).contains("418");
        assertThat(shown.size()).isLessThan(5);
        assertThat(browser.findElement(By.id("count")).getText()).contains("of " + all);

        WebElement teapot = browser.findElement(By.id("418"));
        teapot.findElement(By.cssSelector("button.row")).click();
        WebElement card = wait.until(d -> d.findElement(By.id("card-418")));
        assertThat(card.getText()).contains("RFC 9110").contains("Try it");
        assertThat(card.findElement(By.cssSelector("a.try")).getDomProperty("href")).endsWith("/status/418");
        shot("card-418.png");

        assertThat(browser.getCurrentUrl()).contains("?q=teapot").endsWith("#418");

        WebElement q = browser.findElement(By.id("q"));
        q.clear();
        q.sendKeys("qqqqzzzz"); // the CLI's search finds nothing for it either
        wait.until(d -> visibleCodes().isEmpty());
        assertThat(browser.findElement(By.cssSelector("p.empty")).isDisplayed()).isTrue();
    }

    @Test
    void searchIsTypoTolerantAndFindsTags() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        for (String[] c : new String[][] {{"not fund", "404"}, {"moved temporarly", "302"}, {"unofficial", "499"}}) {
            browser.get("http://127.0.0.1:" + server.port() + "/?q=" + c[0].replace(" ", "%20"));
            wait.until(d -> d.findElements(By.cssSelector("li.code button.row")).size() > 50);
            wait.until(d -> visibleCodes().stream().anyMatch(e -> c[1].equals(e.getDomAttribute("data-code"))));
        }
    }

    @Test
    void fitsAPhoneAndWorksWithoutScripts() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get("http://127.0.0.1:" + server.port() + "/#405");
        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("card-405")));
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0L);
        WebElement field = card.findElement(By.cssSelector("td code"));
        assertThat(field.getSize().getHeight()).as("a header name stays on one line").isLessThan(30);
        shot("phone-card-405.png");
        browser.get("http://127.0.0.1:" + server.port() + "/");
        shot("phone-catalog.png");
    }

    @Test
    void cardShowsHeaderDutiesAndVendorMeanings() throws IOException {
        browser.get("http://127.0.0.1:" + server.port() + "/#405");
        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("card-405")));
        assertThat(card.getText()).contains("Allow").contains("MUST");
        shot("card-405.png");
        browser.get("http://127.0.0.1:" + server.port() + "/#499");
        WebElement vendor = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("card-499")));
        assertThat(vendor.getText()).containsIgnoringCase("Unofficial meanings").contains("nginx");
    }

    private static List<WebElement> visibleCodes() {
        return browser.findElements(By.cssSelector("li.code")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static void shot(String name) throws IOException {
        Path png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
