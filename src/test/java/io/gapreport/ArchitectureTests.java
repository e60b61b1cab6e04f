package io.gapreport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps dependencies pointing one way: the domain and the scoring stay plain Java, the
 * adapters know nothing of Spring Batch, and nothing depends on the wiring.
 */
@AnalyzeClasses(packages = "io.gapreport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule surveyIsPlainJava = classes().that()
		.resideInAPackage("io.gapreport.survey..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.gapreport.survey..", "java..", "org.jspecify..");

	@ArchTest
	static final ArchRule scoringIsPureMaths = classes().that()
		.resideInAPackage("io.gapreport.scoring..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.gapreport.scoring..", "io.gapreport.survey..", "java..", "org.jspecify..",
				"org.apache.commons.math3..");

	@ArchTest
	static final ArchRule textAnalysisIsLuceneBehindTheStemsOfScoring = classes().that()
		.resideInAPackage("io.gapreport.text..")
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage("io.gapreport.text..", "io.gapreport.scoring..", "java..", "org.jspecify..",
				"org.apache.lucene..");

	@ArchTest
	static final ArchRule onlyTheWiringKnowsSpring = noClasses().that()
		.resideInAnyPackage("io.gapreport.survey..", "io.gapreport.scoring..", "io.gapreport.workbook..",
				"io.gapreport.output..", "io.gapreport.run..", "io.gapreport.chart..", "io.gapreport.report..",
				"io.gapreport.sample..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

	@ArchTest
	static final ArchRule nothingDependsOnTheBatchWiring = noClasses().that()
		.resideOutsideOfPackage("io.gapreport.batch..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.gapreport.batch..");

	@ArchTest
	static final ArchRule nothingDependsOnTheCommandLine = noClasses().that()
		.resideOutsideOfPackage("io.gapreport.cli..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.gapreport.cli..");

	@ArchTest
	static final ArchRule workbookReadingKnowsNothingOfScoringOrReports = noClasses().that()
		.resideInAPackage("io.gapreport.workbook..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("io.gapreport.scoring..", "io.gapreport.report..", "io.gapreport.run..");

}
