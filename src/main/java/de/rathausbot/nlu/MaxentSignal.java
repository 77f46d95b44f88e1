package de.rathausbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * OpenNLP maximum-entropy document categorizer over the terms (unigrams and bigrams):
 * learns which words tell labels apart, also across examples.
 */
final class MaxentSignal implements Signal {

	private final DoccatModel model;

	/**
	 * @param threads the cores to train on: all of them when someone waits for the model,
	 * one for a background calibration
	 */
	MaxentSignal(List<LabelledText> training, int iterations, int threads) {
		List<DocumentSample> samples = new ArrayList<>();
		for (LabelledText example : training) {
			String[] terms = example.text().terms().toArray(String[]::new);
			if (terms.length > 0) {
				samples.add(new DocumentSample(example.label(), terms));
			}
		}
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		// on a large data set (CLINC150: 15,000 examples, 150 intents) two cores halve
		// the time
		parameters.put(TrainingParameters.THREADS_PARAM, threads);
		try {
			FeatureGenerator[] features = { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) };
			this.model = DocumentCategorizerME.train("de", new CollectionObjectStream<>(samples), parameters,
					new DoccatFactory(features));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String name() {
		return "maxent";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Double> scores = new HashMap<>();
		if (question.terms().isEmpty()) {
			return scores;
		}
		DocumentCategorizerME categorizer = new DocumentCategorizerME(this.model);
		double[] probabilities = categorizer.categorize(question.terms().toArray(String[]::new));
		for (int i = 0; i < probabilities.length; i++) {
			scores.put(categorizer.getCategory(i), probabilities[i]);
		}
		return scores;
	}

}
