package org.svcat.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.svcat.core.Svcat;
import org.svcat.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 办事指南 site in a real headless browser (Debian's chromium and chromium-driver; .ci/run installs
 * them, and the test is skipped where they are missing): no console errors, no request outside the
 * release, search narrows the list, item pages show deadlines and materials. {@code
 * -Dsvcat.screenshots=docs/images} keeps the screenshots for the README.
 */
class GuideBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String FOOD = "11510107MB1529310N4000125012000";

  @TempDir static Path temp;
  private static WebDriver browser;
  private static Path guide;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    Release release =
        new Publisher(Svcat.create())
            .publish(
                Fixtures.repositoryRoot().resolve("catalog"),
                new PublishOptions(temp.resolve("dist"), null, null, "zh", null));
    guide = release.directory().resolve("guide");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + temp.resolve("profile"),
        "--window-size=1280,900",
        "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String page) {
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
    int query = page.indexOf('?');
    String file = query < 0 ? page : page.substring(0, query);
    browser.get(guide.resolve(file).toUri() + (query < 0 ? "" : page.substring(query)));
  }

  /** Console messages at warning level or worse, and requests to anything but file: URLs. */
  private static void assertCleanLoad() {
    List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
    assertThat(console)
        .filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .isEmpty();
    JsonMapper json = JsonMapper.builder().build();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      boolean fromThePage =
          message.path("params").path("documentURL").asString("").startsWith("file:");
      if (message.path("method").asString("").equals("Network.requestWillBeSent") && fromThePage) {
        String url = message.path("params").path("request").path("url").asString("");
        assertThat(url)
            .as("every request of the page stays in the release")
            .matches("^(file|data):.*");
      }
    }
  }

  @Test
  void theIndexLoadsCleanAndSearchNarrowsTheList() throws Exception {
    open("index.html");
    assertCleanLoad();
    List<WebElement> items = browser.findElements(By.cssSelector("#items li"));
    assertThat(items).hasSize(31);
    assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("31");
    screenshot("guide-index.png");

    browser.findElement(By.id("q")).sendKeys("许可");
    List<WebElement> visible =
        browser.findElements(By.cssSelector("#items li")).stream()
            .filter(WebElement::isDisplayed)
            .toList();
    assertThat(visible).hasSizeBetween(2, 30);
    assertThat(visible).allMatch(li -> li.getText().contains("许可"));
    assertThat(browser.findElement(By.id("shown")).getText())
        .isEqualTo(String.valueOf(visible.size()));

    open(
        "index.html?department="
            + java.net.URLEncoder.encode("区税务局", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(
            browser.findElements(By.cssSelector("#items li")).stream()
                .filter(WebElement::isDisplayed)
                .count())
        .isEqualTo(3);
  }

  @Test
  void anItemPageShowsItsDeadlinesAndMaterials() throws Exception {
    open("items/" + FOOD + ".html");
    assertCleanLoad();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("食品经营许可");
    assertThat(browser.findElement(By.cssSelector("#deadlines .legal")).getText())
        .contains("20 工作日");
    assertThat(browser.findElement(By.cssSelector("#deadlines .promised")).getText())
        .isEqualTo("3 工作日");
    assertThat(browser.findElements(By.cssSelector("#materials tbody tr"))).hasSize(5);
    assertThat(browser.findElement(By.id("materials")).getText()).contains("免提交");
    String jsonld =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return document.querySelector('script[type=\"application/ld+json\"]').textContent");
    assertThat(JsonMapper.builder().build().readTree(jsonld).path("@type").stringValue())
        .isEqualTo("GovernmentService");
    browser.manage().window().setSize(new Dimension(390, 844));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById('deadlines').scrollIntoView()");
    screenshot("guide-item.png");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  @Test
  void statsAndBundlePagesLoadClean() {
    open("stats.html");
    assertCleanLoad();
    assertThat(browser.findElements(By.cssSelector("svg.chart rect"))).hasSize(9);
    open("bundles/open-restaurant.html");
    assertCleanLoad();
    assertThat(browser.findElement(By.id("materials")).getText()).contains("营业执照");
  }

  private static void screenshot(String name) throws Exception {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Path target = Path.of("target", "guide-screenshots", name);
    Files.createDirectories(target.getParent());
    Files.write(target, png);
    String keep = System.getProperty("svcat.screenshots");
    if (keep != null) {
      Path dir = Fixtures.repositoryRoot().resolve(keep);
      Files.createDirectories(dir);
      Files.copy(target, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    assertThat(png.length).isGreaterThan(1000);
    assertThat(Map.of(name, png.length)).isNotEmpty();
  }
}
