package org.svcat.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The library never depends on the command line: core has no picocli and no cli classes. */
class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.svcat");

  @Test
  void coreDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideInAPackage("org.svcat.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.svcat.cli..", "picocli..")
        .check(classes);
  }

  @Test
  void coreNeverPrints() {
    noClasses()
        .that()
        .resideInAPackage("org.svcat.core..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }
}
